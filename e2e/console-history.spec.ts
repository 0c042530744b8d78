import { expect, test } from '@playwright/test';
import { runLine } from './console';

test('the console clears after a run and Up/Down walk the input history', async ({ page }) => {
  await page.goto('/');
  const input = page.getByRole('textbox', { name: 'Python console' });
  await runLine(page, 'a = []');
  await runLine(page, 'b = a');
  // Empty input shows the placeholder, and only then.
  const empty = input.locator('.cm-placeholder');
  await expect(empty).toBeVisible();

  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveText('b = a');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveText('a = []');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveText('b = a');
  await page.keyboard.press('ArrowDown');
  await expect(empty).toBeVisible();

  // Shift+Enter adds a line instead of running.
  await page.keyboard.type('x = 1');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('y = 2');
  await expect(input.locator('.cm-line')).toHaveCount(2);
});
