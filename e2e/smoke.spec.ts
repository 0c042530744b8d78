import { expect, test } from '@playwright/test';

test('the app loads and is titled Heapscope', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Heapscope/);
});
