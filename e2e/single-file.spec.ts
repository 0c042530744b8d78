/**
 * Issue 9, item 8: `npm run build:single` writes one HTML file that works opened from file://
 * (slides shown without a network): nothing is fetched, the interpreter runs in a worker started
 * from the page itself (or in the page where no worker can start), and the strict policy holds.
 * scripts/e2e.mjs builds the file before the specs run.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runLine, transcriptEntries } from './console';

const file = join(import.meta.dirname, '..', 'dist-single', 'heapscope.html');
const url = pathToFileURL(file).href;

/** Console errors, uncaught errors, policy violations and requests, from the first moment. */
async function watch(page: Page) {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.exposeFunction('reportViolation', (v: string) => problems.push(`policy: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return { problems, requests };
}

test.beforeAll(() => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:single\` first`);
});

test('the single file opened from file:// runs statements in a worker, with no network', async ({
  page,
}) => {
  const { problems, requests } = await watch(page);
  await page.goto(url);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toMatch(/script-src 'sha256-[\w+/=]+'(;|$)/);
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);

  await runLine(page, 'a = [1, 2]');
  await runLine(page, 'b = {"k": a}');
  await expect(page.getByRole('button', { name: /^list \[1, 2\], refcount 2/ })).toHaveCount(1, {
    timeout: 10_000,
  });
  // The editor (inlined, loaded after the first heap) took over the console.
  await expect(page.locator('.cm-content')).toHaveCount(1, { timeout: 10_000 });
  const echo = await runLine(page, 'len(a)');
  await expect(echo).toContainText('2');

  // Only the file itself, and the worker it starts from a blob: nothing from anywhere else.
  expect(
    requests.filter((r) => r !== url && !r.startsWith('blob:') && !r.startsWith('data:')),
  ).toEqual([]);
  expect(requests.filter((r) => r.startsWith('blob:'))).toHaveLength(1);

  // Stop ends a statement that would run forever: the interpreter is in a worker, not the page.
  await runLine(page, 'n = 0');
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.type('while True: n += 1');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Stop' }).click({ timeout: 10_000 });
  await expect(transcriptEntries(page).last().locator('.stderr')).toContainText(
    'KeyboardInterrupt',
    { timeout: 20_000 },
  );
  await expect(await runLine(page, 'a, n > 0')).toContainText('([1, 2], True)');

  expect(problems).toEqual([]);

  // What the policy forbids does not run, and the browser says so.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  await expect
    .poll(() => problems, { timeout: 10_000 })
    .toContainEqual(expect.stringMatching(/^policy: script-src/));
});

test('where the single file cannot start a worker, Python runs in the page', async ({ page }) => {
  const { problems } = await watch(page);
  await page.addInitScript(() => {
    // A browser that refuses workers to file:// pages altogether.
    window.Worker = class {
      constructor() {
        throw new DOMException('workers are not allowed here', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  await page.goto(url);
  await runLine(page, 'a = [1, 2]');
  await expect(page.getByRole('button', { name: /^list \[1, 2\], refcount 1/ })).toHaveCount(1, {
    timeout: 10_000,
  });
  await expect(await runLine(page, 'len(a)')).toContainText('2');
  expect(problems).toEqual([]);
});
