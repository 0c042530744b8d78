/**
 * The built page runs under a strict Content-Security-Policy (no inline script, no eval, workers
 * only from its own origin) and cross-origin isolation; and where a host cannot isolate it, Stop
 * still ends a statement (by ending the worker and replaying the session).
 */
import { expect, test } from '@playwright/test';
import { runLine, transcriptEntries } from './console';

test('the app runs under its Content-Security-Policy, and the policy refuses eval and inline script', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

  // A session's worth of use: the console, the worker, the canvas, a dialog.
  await runLine(page, 'a = [1, 2]');
  await runLine(page, 'b = {"k": a}');
  await page.getByRole('button', { name: /^Keys/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^list \[1, 2\]/ })).toHaveCount(1);
  expect(violations).toEqual([]);

  // What the policy forbids does not run, and the browser reports it. (Playwright's own
  // evaluate is exempt from the policy's eval rule, so inline script stands for both here.)
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  await expect.poll(() => violations).toEqual([expect.stringMatching(/^script-src/)]);
});

test('without cross-origin isolation, Stop ends the worker and the session comes back', async ({
  page,
}) => {
  // A host that cannot send the isolation headers: the page gets no shared memory.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['cross-origin-opener-policy'];
    delete headers['cross-origin-embedder-policy'];
    await route.fulfill({ response, headers });
  });
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await runLine(page, 'keep = [1]');
  await runLine(page, 'n = 0');
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.type('while True: n += 1');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Stop' }).click({ timeout: 10_000 });
  const stopped = transcriptEntries(page).nth(2);
  await expect(stopped.locator('.stderr')).toContainText('KeyboardInterrupt', { timeout: 20_000 });
  const echo = await runLine(page, 'keep, n > 0');
  await expect(echo).toContainText('([1], True)');
});

test('where no worker can start, Python runs in the page and the session works', async ({
  page,
}) => {
  await page.route('**/assets/worker-*.js', (route) => route.abort());
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  // The page loads the in-page interpreter once the worker fails to start.
  const fallback = page.waitForRequest(/assets\/inlineEngine-.*\.js$/);
  await page.reload();
  await fallback;
  await runLine(page, 'a = [1, 2]');
  const echo = await runLine(page, 'len(a)');
  await expect(echo).toContainText('2');
  await expect(page.getByRole('button', { name: /^list \[1, 2\]/ })).toHaveCount(1);
});
