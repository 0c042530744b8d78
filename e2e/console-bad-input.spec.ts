import { expect, test } from '@playwright/test';
import { card, cardNames, runLine, transcriptEntries } from './console';

test('a SyntaxError shows line, caret and message, and changes nothing', async ({ page }) => {
  await page.goto('/');
  await runLine(page, 'keep = [1, 2]');
  const before = await cardNames(page);
  const entry = await runLine(page, 'a = (1,');
  await expect(entry.locator('.stderr')).toContainText("SyntaxError: '(' was never closed");
  await expect(entry.locator('.stderr')).toContainText('line 1');
  expect(await cardNames(page)).toEqual(before);
});

test('an endless loop is stopped by the time budget and the session goes on', async ({ page }) => {
  // The console's statements have a minute each (Session's default budget). Until the page runs
  // them off the main thread, the loop holds the tab for that minute.
  test.setTimeout(180_000);
  await page.goto('/');
  await runLine(page, 'n = 0');
  const entries = transcriptEntries(page);
  const before = await entries.count();
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.type('while True: n += 1');
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(before + 1, { timeout: 150_000 });
  await expect(entries.last().locator('.stderr')).toContainText(
    'Heapscope stopped this statement after 60 s (its time budget).',
  );
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
