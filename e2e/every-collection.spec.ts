/**
 * Every collection is shown (issue 12, item 6): the walkthrough starts from the engine's
 * collection events, not from the statement's text. gc.collect() called inside a function is
 * walked through to its last step; a collection with nothing to collect shows its phases to
 * "returned 0"; a collection an allocation started is summarized under the canvas and walked
 * through on demand; what a collection counted but the canvas does not draw is said by count and
 * type.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { card, runLine } from './console';
import { caption, shoot, step } from './collector';
import { openFresh } from './explorer';

test.use({ viewport: { width: 1280, height: 800 } });

/** axe's violations in the collector's bar. */
async function barViolations(page: Page) {
  return (await new AxeBuilder({ page }).include('.collector-bar').analyze()).violations;
}

/** Steps until the caption says what the collection returned; the phases it went through. */
async function stepToEnd(page: Page): Promise<string[]> {
  const said = [(await caption(page).textContent()) ?? ''];
  const stepButton = page.getByRole('button', { name: 'Step', exact: true });
  while (await stepButton.isEnabled()) said.push(await step(page));
  return said;
}

test('gc.collect() inside a function is walked through to its last step', async ({ page }) => {
  await openFresh(page);
  for (const line of ['import gc', "f1 = Finalized('f1')", 'f1.me = f1', 'del f1']) {
    await runLine(page, line);
  }
  await expect(card(page, /^Finalized\b.*unreachable/)).toHaveCount(1);
  await runLine(page, 'def clean(): return gc.collect()');
  const entry = await runLine(page, 'clean()');
  // The statement's text names no collect( call: the events say it collected.
  await expect(caption(page)).toContainText('collect The collector starts on generations 0–2');
  await expect(caption(page)).toContainText('Step 1 of');
  // Held back until its step: what __del__ printed, and what clean() returned.
  await expect(entry).not.toContainText('__del__ called for f1');
  await shoot(page, 'every-collection-function-start');
  const said = await stepToEnd(page);
  expect(said.some((s) => s.includes('finalizeGarbage __del__ runs for Finalized'))).toBe(true);
  expect(said.some((s) => s.includes('moveUnreachable The rest, 1 object, is gathered'))).toBe(
    true,
  );
  // python3 prints "__del__ called for f1", then 1.
  await expect(caption(page)).toContainText('gc.collect() returned 1: 1 object collected.');
  await expect(card(page, /^Finalized\b/)).toHaveCount(0);
  await expect(entry).toContainText('__del__ called for f1');
  await expect(entry).toContainText(/__del__ called for f1\s*1$/);
  await shoot(page, 'every-collection-function-end');
});

test('a collection with nothing to collect shows its phases, to "returned 0"', async ({ page }) => {
  await openFresh(page);
  await runLine(page, 'import gc');
  await runLine(page, 'a = [1]');
  await runLine(page, 'gc.collect()');
  await expect(caption(page)).toContainText('Step 1 of');
  const said = await stepToEnd(page);
  const phases = said.map((s) => /Step \d+ of \d+\.\s*(\w+)/.exec(s)?.[1]);
  expect(phases).toEqual(
    expect.arrayContaining(['updateRefs', 'subtractRefs', 'moveUnreachable', 'done']),
  );
  expect(said.at(-1)).toContain('gc.collect() returned 0: 0 objects collected.');
  await expect(card(page, /^list \[1\], refcount 1\b/)).toHaveCount(1);
});

test('an automatic collection is summarized, and walked through when asked', async ({ page }) => {
  await openFresh(page);
  for (const line of ['import gc', 'gc.collect()', 'a = []', 'a.append(a)', 'del a']) {
    await runLine(page, line);
  }
  const lost = card(page, /^list \[\[\.\.\.\]\], refcount 1, unreachable\b/);
  await expect(lost).toHaveCount(1);
  const id = await lost.evaluate((el) => el.parentElement!.getAttribute('data-id'));
  const cycle = page.locator(`g.node[data-id="${id}"]`);
  await runLine(page, 'for i in range(800): l = []; l.append(l)');
  // No walkthrough: the heap after the loop is drawn at once (the automatic collection freed the
  // cycle; the loop's last hundred lists wait for the next one), and the caption says what ran.
  await expect(cycle).toHaveCount(0);
  await expect(caption(page)).toContainText(
    /An automatic collection of generation 0 ran: [\d,]+ objects collected — Show it/,
  );
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeDisabled();
  await shoot(page, 'every-collection-automatic-summary');
  expect(await barViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Show it', exact: true }).click();
  // From the heap before the loop: the lost cycle is back, and the collection finds it.
  await expect(caption(page)).toContainText(
    'automatic collection Automatic collection: an allocation took generation 0',
  );
  await expect(cycle).toHaveCount(1);
  await shoot(page, 'every-collection-automatic-start');
  const said = await stepToEnd(page);
  expect(said.some((s) => s.includes('The rest, 1 object, is gathered as unreachable'))).toBe(true);
  await expect(caption(page)).toContainText(
    /The automatic collection of generation 0 counted ([\d,]+): \1 objects collected; 1 drawn, and [\d,]+ more objects not drawn: [\d,]+ list\./,
  );
  await expect(cycle).toHaveCount(0);
  await shoot(page, 'every-collection-automatic-end');
});

test('a redefined class: the count of objects not drawn, and their types', async ({ page }) => {
  await openFresh(page);
  for (const line of [
    'import gc',
    'gc.collect()',
    'class A: pass',
    'a = A()',
    'a.me = a',
    'class A: pass',
    'del a',
  ]) {
    await runLine(page, line);
  }
  await runLine(page, 'gc.collect()');
  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  // python3 returns 7; gc.garbage (DEBUG_SAVEALL) holds 2 tuple, 2 getset_descriptor, type,
  // dict and the instance: two of them are cards.
  await expect(caption(page)).toContainText(
    'gc.collect() returned 7: 7 objects collected; 2 drawn, and 5 more objects not drawn: 2 tuple, 2 getset_descriptor, 1 dict.',
  );
  // Compact in the bar ("5 not drawn"), named in full; it opens the list of their types.
  const more = page.locator('.collector-undrawn summary');
  await expect(more).toHaveAccessibleName('and 5 more objects (not drawn)');
  await expect(more).toHaveText('5 not drawn');
  await more.click();
  const list = page.locator('.collector-undrawn li');
  await expect(list).toHaveText(['2 × tuple', '2 × getset_descriptor', '1 × dict']);
  await expect(list.first()).toBeVisible();
  expect(await barViolations(page)).toEqual([]);
  await shoot(page, 'every-collection-not-drawn');
});
