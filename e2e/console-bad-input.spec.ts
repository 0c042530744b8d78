import { expect, test } from '@playwright/test';
import { card, cardNames, runLine } from './console';

test('a SyntaxError shows line, caret and message, and changes nothing', async ({ page }) => {
  await page.goto('/');
  await runLine(page, 'keep = [1, 2]');
  const before = await cardNames(page);
  const entry = await runLine(page, 'a = (1,');
  await expect(entry.locator('.stderr')).toContainText("SyntaxError: '(' was never closed");
  await expect(entry.locator('.stderr')).toContainText('line 1');
  expect(await cardNames(page)).toEqual(before);
});

test('an endless loop is stopped with Stop, keeps its work, and the tab stays responsive', async ({
  page,
}) => {
  await page.goto('/');
  await runLine(page, 'n = 0');
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.type('while True: n += 1');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Stop' }).click({ timeout: 10_000 });
  const entry = page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').nth(1);
  await expect(entry.locator('.stderr')).toContainText('KeyboardInterrupt', { timeout: 10_000 });
  // The session goes on: the loop's effect on n is there, and new statements run.
  const echo = await runLine(page, 'n > 0');
  await expect(echo).toContainText('True');
  await runLine(page, 'x = [n]');
  await expect(card(page, /^list \[\d+\], refcount 1\b/)).toHaveCount(1);
});

test('a runaway allocation raises MemoryError and keeps the heap usable', async ({ page }) => {
  await page.goto('/');
  await runLine(page, 'keep = [1, 2]');
  const entry = await runLine(page, 'big = [0] * 100000000');
  await expect(entry.locator('.stderr')).toContainText('MemoryError');
  const echo = await runLine(page, 'keep');
  await expect(echo).toContainText('[1, 2]');
});
