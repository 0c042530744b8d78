/**
 * The collector walkthrough on a heap bigger than the view (issue 9): at a slide's 960x540, with
 * the view zoomed in and the cycle drawn far from the top left, each step brings the objects it
 * talks about into view (pan, and zoom out only as far as needed); and what the transcript, the
 * status line and the collector panel say never runs ahead of the step the canvas shows: the
 * `__del__` output appears at its step, the value gc.collect() returned and the summary of what
 * was freed at the end (or at once with Skip to end).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runLine, transcriptEntries } from './console';
import { caption, step } from './collector';

test.use({ viewport: { width: 960, height: 540 } });

/** Forty strings (cards, but not tracked by the collector), then a cycle with a finalizer. */
const HEAP = [
  'import gc',
  'objs = []',
  'for i in range(40): objs.append(str(i) * 12)',
  "a = Finalized('a')",
  "b = Node('b')",
  'a.partner = b',
  'b.next = a',
  'del a, b',
];

function heap(page: Page): Locator {
  return page.getByRole('region', { name: 'Heap', exact: true });
}

/** The part of the canvas that is on screen (inside the Heap region, under its bars). */
function viewport(page: Page): Locator {
  return heap(page).locator('.heap-viewport');
}

async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(heap(page)).toBeVisible();
}

/** The compact layout's console drawer: opened, `then`, closed again (Escape). */
async function inConsole(page: Page, then: () => Promise<void>): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Console', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await then();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
}

type Rect = { x: number; y: number; width: number; height: number };

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/**
 * Expects each of `things` wholly inside the Heap region's box and inside the visible canvas,
 * and clear of the zoom buttons floating over it (waiting out the view's short pan).
 */
async function expectInView(page: Page, things: Locator, what: string, least = 1): Promise<void> {
  expect(await things.count(), `${what}: something to look at`).toBeGreaterThanOrEqual(least);
  await expect
    .poll(
      async () => {
        const region = (await heap(page).boundingBox())!;
        const view = (await viewport(page).boundingBox())!;
        const buttons = (await page.getByRole('group', { name: 'Zoom' }).boundingBox())!;
        const boxes = await things.evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }),
        );
        return boxes.every(
          (b) =>
            inside(b, region) &&
            inside(b, view) &&
            (b.y + b.height <= buttons.y || b.x + b.width <= buttons.x),
        );
      },
      { message: `${what} in view`, timeout: 3000 },
    )
    .toBe(true);
}

/** The cards of the cycle (before the collection frees them): Finalized a and Node b. */
function cycleCards(page: Page): Locator {
  return page.getByRole('button', {
    name: /^(Finalized name='a'|Node name='b') .*, refcount/,
  });
}

/** What the console shows of its last entry: its output, and the walkthrough's hint. */
async function lastEntry(page: Page): Promise<{ output: string; hint: string | null }> {
  let seen = { output: '', hint: null as string | null };
  await inConsole(page, async () => {
    const entry = transcriptEntries(page).last();
    await expect(entry.locator('.entry-input')).toHaveText('>>> gc.collect(2)');
    const output = await entry.locator('.entry-output').allInnerTexts();
    const hint = entry.locator('.entry-walking');
    seen = {
      output: output.join('\n'),
      hint: (await hint.count()) > 0 ? await hint.innerText() : null,
    };
  });
  return seen;
}

test('each step keeps what it talks about in view, and nothing says what the collection did before the canvas shows it', async ({
  page,
}) => {
  await openFresh(page);
  await inConsole(page, async () => {
    for (const line of HEAP) await runLine(page, line);
  });
  const status = page.getByRole('status');
  await expect(status).toContainText('Finalized refcount 1');

  // Zoomed in and panned right (the layered layout keeps what names held in the first column,
  // near the frames): the cycle is far out of view.
  const scale = () =>
    page
      .locator('.heap-drawing')
      .evaluate((el) =>
        Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? 1),
      );
  const rest = await scale();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // Zoom in multiplies the scale at rest by 1.25, in an animation the pan must not cut short.
  await expect.poll(scale).toBeCloseTo(rest * 1.25);
  await expect(cycleCards(page)).toHaveCount(2);
  // The overview map (open for a heap of many objects) would take the press: closed first.
  const map = page.getByRole('button', { name: 'Map', exact: true });
  if ((await map.getAttribute('aria-pressed')) === 'true') await map.click();
  await expect(map).toHaveAttribute('aria-pressed', 'false');
  const view = (await viewport(page).boundingBox())!;
  const from = { x: view.x + view.width - 40, y: view.y + view.height - 60 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 700, from.y - 300, { steps: 8 });
  await page.mouse.up();
  for (const c of await cycleCards(page).all()) await expect(c).not.toBeInViewport();
  await expect.poll(scale).toBeCloseTo(rest * 1.25);

  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await expect(caption(page)).toContainText('Step 1 of');
  const total = Number(/Step 1 of (\d+)/.exec((await caption(page).textContent()) ?? '')![1]);

  // Before anything is freed: no output, no summary, the panel as before the collection.
  expect(await lastEntry(page)).toEqual({
    output: '',
    hint: `walking through the collection… (step 1 of ${total})`,
  });
  const holding =
    'Walking through gc.collect(2) one step at a time: what it collected is said after the last step.';
  await expect(status).toHaveText(holding);

  const seen: string[] = [];
  for (let i = 2; i <= total; i++) {
    const text = await step(page);
    expect(text).toContain(`Step ${i} of ${total}`);
    const phase = (await caption(page).locator('.phase').textContent()) ?? '';
    seen.push(phase);
    const lit = page.locator('g.edge.gc-subtract');
    if (phase === 'subtractRefs' && (await lit.count()) > 0) {
      await expectInView(page, lit, `step ${i}: the arrow subtracted`);
    } else if (phase === 'moveUnreachable' && text.includes('restored as reachable')) {
      await expectInView(page, page.locator('g.node.gc-reachable > g.hit'), `step ${i}: restored`);
    } else if (phase === 'deleteGarbage') {
      // The heap after the collection is drawn: the pair fades out where the view shows it.
      await expect(cycleCards(page)).toHaveCount(0);
      const fading = page.locator('g.node.exiting > g.hit');
      if ((await fading.count()) > 0) await expectInView(page, fading, `step ${i}: freed`, 0);
    } else if (['moveUnreachable', 'handleWeakrefs', 'finalizeGarbage'].includes(phase)) {
      await expectInView(page, cycleCards(page), `step ${i}: the cycle`);
      await expectInView(
        page,
        page.locator('g.node.gc-unreachable g.gc-badge'),
        `step ${i}: the cycle's badges`,
      );
    }
    // Never below half the scale at rest (zoomed in, it may zoom out to fit the pair).
    expect(await scale()).toBeGreaterThanOrEqual(0.5);

    if (i < total) {
      // The summary and the returned value wait for the last step.
      await expect(status).toHaveText(holding);
      const entry = await lastEntry(page);
      expect(entry.hint).toBe(`walking through the collection… (step ${i} of ${total})`);
      // The finalizer's output appears at its step, not before; the returned 2 only at the end.
      expect(entry.output).toBe(seen.includes('finalizeGarbage') ? '__del__ called for a' : '');
    }
  }
  expect(seen).toContain('finalizeGarbage');

  // The last step: everything at once.
  await expect(caption(page)).toContainText('gc.collect(2) returned 2');
  expect(await lastEntry(page)).toEqual({ output: '__del__ called for a\n2', hint: null });
  await expect(status).toContainText('The collector (generation 2) collected 2 objects');
  await page.screenshot({ path: 'test-results/walkthrough-view-done.png' });
});

test('Skip to end, undo and a new statement show everything at once; the collector panel follows the canvas', async ({
  page,
}) => {
  // Wide enough for the collector panel beside the heap.
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFresh(page);
  for (const line of [...HEAP, 'gc.set_debug(gc.DEBUG_SAVEALL)']) await runLine(page, line);
  const status = page.getByRole('status');
  const entry = transcriptEntries(page).last();
  const panel = page.getByRole('region', { name: 'Collector' });

  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await expect(caption(page)).toContainText('Step 1 of');
  await expect(entry).toContainText('walking through the collection… (step 1 of');
  await expect(entry.locator('.entry-output')).toHaveCount(0);
  // Kept in gc.garbage (DEBUG_SAVEALL), but not before the walkthrough gets there.
  await expect(panel).toContainText('As before gc.collect(2)');
  await expect(panel.getByRole('list', { name: 'gc.garbage' })).toHaveCount(0);
  await expect(panel).toContainText('generation 0');
  await page.screenshot({ path: 'test-results/walkthrough-view-held.png' });

  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  await expect(entry.locator('.entry-output')).toHaveText(['__del__ called for a\n2']);
  await expect(entry).not.toContainText('walking through');
  await expect(status).toContainText('The collector (generation 2) collected 2 objects');
  await expect(panel).not.toContainText('As before');
  await expect(panel.getByRole('list', { name: 'gc.garbage' })).toContainText('Finalized');

  // Undone, then collected again: walked through again, held back again. (Not by Redo: a redo of
  // a costly statement may restore its checkpoint, with nothing to walk through.)
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(status).toContainText('Undid gc.collect(2)');
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await page.getByRole('button', { name: 'Drop them and run' }).click();
  await expect(caption(page)).toContainText('Step 1 of');
  await expect(entry.locator('.entry-output')).toHaveCount(0);
  await expect(status).toContainText('Walking through gc.collect(2)');
  await step(page);
  await runLine(page, 'x = 1');
  await expect(caption(page)).toContainText('Collect runs gc.collect(2)');
  const collected = transcriptEntries(page).nth(-2);
  await expect(collected.locator('.entry-output')).toHaveText(['__del__ called for a\n2']);
  await expect(collected).not.toContainText('walking through');
});
