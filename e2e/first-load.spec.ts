/**
 * Issue 9, item 10: the first load is small. scripts/bundle-size.mjs sums what the page fetches
 * before its first heap is drawn; here a browser shows that those files alone draw the heap (and
 * take Python), that the console editor comes later, and that what was typed before it came is
 * kept.
 */
import { expect, test, type Route } from '@playwright/test';
import { join } from 'node:path';
import { FIRST_LOAD_BUDGET, measureFirstLoad } from '../scripts/bundle-size.mjs';
import { runLine, transcriptEntries } from './console';
import { nameRow } from './explorer';

const dist = join(import.meta.dirname, '..', 'dist');

test('the first load is within its budget, and those files alone draw the first heap', async ({
  page,
  baseURL,
}) => {
  const load = await measureFirstLoad(dist);
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    `first load ${kB(load.firstGzip)} gzipped: ${load.first.map((f) => f.file).join(', ')}`,
  );
  expect(load.firstGzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  expect(load.lazy.map((f) => f.file)).toContainEqual(expect.stringMatching(/consoleEditor-/));

  // Everything else the page asks for is refused: the heap must not need it.
  const firstLoad = new Set(load.first.map((f) => new URL(f.file, `${baseURL}/`).pathname));
  const refused: string[] = [];
  await page.route(/\.(js|css)$/, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (firstLoad.has(path)) return route.continue();
    refused.push(path);
    return route.abort();
  });
  await page.goto('/');
  await expect(nameRow(page, 'Node')).toBeVisible({ timeout: 10_000 });
  // The interpreter's library is the worker's first later load: asked for at once, not needed to
  // draw the first heap (it was refused here, and the heap is drawn).
  await expect.poll(() => refused.some((p) => /\/standardLibrary-[\w-]+\.js$/.test(p))).toBe(true);
  // A statement needs the library: without it the statement fails, and the session stays.
  const entry = await runLine(page, 'a = [1, 2]');
  await expect(entry).toHaveClass(/\bfailed\b/);
  await expect(nameRow(page, 'Node')).toBeVisible();
});

test("with the first load and the interpreter's library alone, the page takes Python", async ({
  page,
  baseURL,
}) => {
  const load = await measureFirstLoad(dist);
  const firstLoad = new Set(load.first.map((f) => new URL(f.file, `${baseURL}/`).pathname));
  const refused: string[] = [];
  await page.route(/\.(js|css)$/, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (firstLoad.has(path) || /\/standardLibrary-[\w-]+\.js$/.test(path)) return route.continue();
    refused.push(path);
    return route.abort();
  });
  await page.goto('/');
  await expect(nameRow(page, 'Node')).toBeVisible({ timeout: 10_000 });
  // The plain input takes Python until the editor comes (here: never).
  await runLine(page, 'a = [1, 2]');
  await expect(page.getByRole('button', { name: /^list \[1, 2\], refcount 1/ })).toHaveCount(1, {
    timeout: 10_000,
  });
  expect(refused).toContainEqual(expect.stringMatching(/\/consoleEditor-[\w-]+\.js$/));
  await expect(page.locator('.cm-content')).toHaveCount(0);
});

test('the console editor arrives after the first heap and keeps what was typed before it', async ({
  page,
}) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/consoleEditor-[\w-]+\.js$/, async (route: Route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(nameRow(page, 'Node')).toBeVisible({ timeout: 10_000 });
  expect(asked).toBe(true);

  const input = page.getByRole('textbox', { name: 'Python console' });
  await expect(input).toBeFocused();
  await page.keyboard.type('for i in range(2):');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x = i');
  release();
  await expect(page.locator('.cm-content')).toHaveCount(1, { timeout: 10_000 });
  // The same text, the cursor at its end, the focus kept: typing goes on where it was.
  await expect(input).toBeFocused();
  await expect(input.locator('.cm-line')).toHaveText(['for i in range(2):', '    x = i']);
  await page.keyboard.type(' * 10');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(transcriptEntries(page)).toHaveCount(1);
  await expect(await runLine(page, 'x')).toContainText('10');
});

test('the plain input has the console keys: blocks, history and Shift+Enter', async ({ page }) => {
  await page.route(/\/consoleEditor-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/');
  const input = page.getByRole('textbox', { name: 'Python console' });
  await runLine(page, 'a = 1');
  await runLine(page, 'b = 2');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveValue('b = 2');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveValue('a = 1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveValue('');
  await page.keyboard.type('if a:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('c = 3');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('d = 4');
  await expect(input).toHaveValue('if a:\n    c = 3\n    d = 4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(transcriptEntries(page)).toHaveCount(3);
  await expect(await runLine(page, 'c + d')).toContainText('7');
});

test('an embed with the console hidden never loads the console editor', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/?embed=1&console=hidden&controls=step');
  await expect(page.getByRole('region', { name: 'Heap' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Steps' })).toBeVisible();
  // Long enough for a lazy import started after the first heap to have been asked for.
  await expect(nameRow(page, 'Node')).toBeVisible({ timeout: 10_000 });
  await page.waitForTimeout(1500);
  expect(fetched).toContainEqual(expect.stringMatching(/\/EmbedApp-[\w-]+\.js$/));
  expect(fetched.filter((path) => /consoleEditor-/.test(path))).toEqual([]);
});
