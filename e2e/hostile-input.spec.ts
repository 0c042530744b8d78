/**
 * Hostile input typed into the page, as a careless or hostile person would: a sample of every
 * kind in the hostile-source corpus (src/python/hostileSource.fixture.json, made from python3 by
 * scripts/hostile-source-fixture.py; the unit tests run all of them through the interpreter), and
 * text that must stay text. Each one must end with CPython's own last line (or Heapscope's stated
 * refusal), never a JavaScript error, and the session must go on after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runLine, transcriptEntries } from './console';

interface HostileCase {
  readonly name: string;
  readonly kind: string;
  readonly parts: [string, number][];
  readonly raw: boolean;
  readonly console?: { readonly last: string | null };
  readonly consoleRefused?: string;
}

const corpus: HostileCase[] = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', 'src', 'python', 'hostileSource.fixture.json'),
    'utf8',
  ),
);

const text = (c: HostileCase) => c.parts.map(([t, n]) => t.repeat(n)).join('');

/** Two typeable inputs of every kind (bytes that are not text belong to files, not the console). */
const sample = (() => {
  const perKind = new Map<string, HostileCase[]>();
  for (const c of corpus) {
    if (c.raw || !c.console || text(c).length > 4000) continue;
    const list = perKind.get(c.kind) ?? [];
    if (list.length < 2) list.push(c);
    perKind.set(c.kind, list);
  }
  return [...perKind.values()].flat();
})();

async function typeAndRun(page: Page, source: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Python console' }).click();
  // A block needs a blank line to end, as in the REPL.
  await page.keyboard.insertText(
    source.includes('\n') ? `${source.replace(/\n+$/, '')}\n` : source,
  );
  await page.keyboard.press('Enter');
}

function lastLine(s: string): string | null {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? null;
}

test(`${sample.length} hostile inputs, two of every kind, typed into the console end as CPython ends them`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(sample.length).toBeGreaterThan(15);
  for (const [i, c] of sample.entries()) {
    await typeAndRun(page, text(c));
    const entry = transcriptEntries(page).nth(i);
    await expect(entry, c.name).toBeVisible({ timeout: 30_000 });
    const stderr = (await entry.locator('.stderr').allInnerTexts()).join('');
    expect(stderr, c.name).not.toMatch(
      /internal error|InternalError|RangeError|^\s+at .+:\d+:\d+/m,
    );
    const expected = c.consoleRefused ?? c.console!.last;
    if (expected === null) expect(stderr, c.name).toBe('');
    else expect(lastLine(stderr), c.name).toBe(lastLine(expected));
  }
  const echo = await runLine(page, '6 * 7');
  await expect(echo).toContainText('42');
  expect(errors).toEqual([]);
});

test('markup and control characters in strings stay text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/');
  const entry = await runLine(page, `s = "<img src=x onerror=alert(1)><script>alert(2)</script>"`);
  await expect(entry).not.toContainText('Error');
  const echo = await runLine(page, 'print(s)');
  await expect(echo.locator('.stdout')).toHaveText(
    '<img src=x onerror=alert(1)><script>alert(2)</script>',
  );
  await runLine(page, 'd = {s: [s]}');
  await expect(page.getByRole('button', { name: /^dict / })).toHaveCount(1);
  expect(await page.locator('img[src="x"], .transcript script').count()).toBe(0);
  expect(dialogs).toBe(0);
});
