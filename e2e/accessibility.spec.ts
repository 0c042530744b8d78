import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { card, runLine } from './console';

test('the empty main screen has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Python console' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('the main screen with a heap, a selection and an error has no axe violations', async ({
  page,
}) => {
  await page.goto('/');
  await runLine(page, 'a = [1, 2]');
  await runLine(page, 'd = {"k": a}');
  await runLine(page, 'zz');
  await card(page, /^list \[1, 2\], refcount /).click();
  await page.waitForTimeout(3500); // let the animation finish: axe checks colours as drawn
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
