import { expect, test, type Page } from '@playwright/test';
import { card, runLine } from './console';
import { caption, step } from './collector';
import { openFresh } from './explorer';

// Labels never collide: measured on the page, not read from names. Every label on the canvas (the
// refcount-change labels, the collector's badges, the "✗ unreachable" tags shown) is boxed by the
// browser; no two boxes overlap, and none covers a card's refcount badge or an arrow's tip. The refcount-change
// labels of a run are all placed when it starts (each fades in at its moment and stands still),
// so they are measured from the moment they are drawn until they go, a few times over.

test.use({ viewport: { width: 1280, height: 800 } });

interface Geometry {
  readonly labels: { text: string; box: Rect }[];
  readonly badges: Rect[];
  /** Where each arrow ends: the tip of its head. */
  readonly tips: { x: number; y: number }[];
}
interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The boxes of every label and refcount badge on the canvas, in page pixels. */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).display !== 'none';
    };
    const svg = document.querySelector('svg.heap-svg')!;
    const labels = [
      ...[...svg.querySelectorAll('text.delta-label')].map((el) => ({
        text: el.textContent ?? '',
        box: rect(el),
      })),
      ...[...svg.querySelectorAll('g.gc-badge')].map((el) => ({
        text: el.textContent ?? '',
        box: rect(el.querySelector('rect')!),
      })),
      ...[...svg.querySelectorAll('g.lost-tag')]
        .filter((el) => shown(el.querySelector('rect')!))
        .map((el) => ({ text: el.textContent ?? '', box: rect(el.querySelector('rect')!) })),
    ];
    const badges = [...svg.querySelectorAll('g.node rect.badge-body')].map(rect);
    const tips = [...svg.querySelectorAll<SVGPathElement>('g.edge:not(.exiting) path.line')].map(
      (path) => {
        const end = path.getPointAtLength(path.getTotalLength());
        const m = path.getScreenCTM()!;
        return { x: m.a * end.x + m.c * end.y + m.e, y: m.b * end.x + m.d * end.y + m.f };
      },
    );
    return { labels, badges, tips };
  });
}

/** Overlap by more than half a pixel (boxes that only touch do not count). */
function overlap(a: Rect, b: Rect): boolean {
  const e = 0.5;
  return a.x + e < b.x + b.w && b.x + e < a.x + a.w && a.y + e < b.y + b.h && b.y + e < a.y + a.h;
}

/** Every pair of labels that overlap, every label that covers a refcount badge or an arrow's tip. */
function collisions(g: Geometry): string[] {
  const out: string[] = [];
  g.labels.forEach((a, i) => {
    for (const b of g.labels.slice(i + 1))
      if (overlap(a.box, b.box)) out.push(`"${a.text}" overlaps "${b.text}"`);
    for (const badge of g.badges)
      if (overlap(a.box, badge)) out.push(`"${a.text}" covers a refcount badge`);
    for (const tip of g.tips)
      if (overlap(a.box, { x: tip.x - 1, y: tip.y - 1, w: 2, h: 2 }))
        out.push(`"${a.text}" covers an arrowhead`);
  });
  return out;
}

/**
 * Measures now and then for `ms` (a run's labels last about 2–4 s); returns how many labels were
 * seen at most, and fails on the first collision.
 */
async function checkFor(page: Page, ms: number, what: string): Promise<number> {
  let most = 0;
  const end = Date.now() + ms;
  do {
    const g = await geometry(page);
    most = Math.max(most, g.labels.length);
    expect(collisions(g), `${what}: ${g.labels.map((l) => l.text).join(' | ')}`).toEqual([]);
    await page.waitForTimeout(150);
  } while (Date.now() < end);
  return most;
}

test('the seed session: no label overlaps another or a refcount badge', async ({ page }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  const seen: number[] = [];
  for (const line of [
    'import sys',
    'a = []',
    'b = a',
    'l = [1, 2, 3, a]',
    'sys.getrefcount(a)',
    'del b',
    'del l',
    'del a',
  ]) {
    await runLine(page, line);
    if (line.startsWith('l =')) {
      // While its labels are up (a record of what they look like).
      await page.waitForTimeout(700);
      await page.screenshot({ path: 'test-results/labels-seed-after-l.png' });
    }
    seen.push(await checkFor(page, 2500, line));
  }
  // Labels were there to measure (l = [1, 2, 3, a] floats several).
  expect(Math.max(...seen)).toBeGreaterThanOrEqual(2);
  await expect(card(page, /^list /)).toHaveCount(0);
  // Freed with its card: nothing is left where the list was once it has gone.
  await page.waitForTimeout(2500);
  expect((await geometry(page)).labels).toEqual([]);
});

test('the cycle walkthrough: at every step no label overlaps another or a refcount badge, and the labels of the freed lists leave with them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openFresh(page);
  for (const line of ['a = []', 'b = []', 'a.append(b)', 'b.append(a)', 'del a']) {
    await runLine(page, line);
  }
  await runLine(page, 'del b');
  // The "✗ unreachable" tags are up beside the refcount-change labels of `del b`.
  await expect(page.locator('g.node.unreachable .lost-tag').first()).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/labels-cycle-unreachable.png' });
  // The labels' styles load with their code, after the first load (changeLabels.css): without
  // them a label is 16px serif.
  const fontSize = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize);
  expect(await fontSize('text.delta-label')).toBe('12px');
  await checkFor(page, 2500, 'del b');

  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await expect(caption(page)).toContainText('Step 1 of 11');
  const lost = await page
    .locator('g.node.unreachable')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
  expect(lost).toHaveLength(2);
  let index = 1;
  let sawBadges = 0;
  for (;;) {
    await page.waitForTimeout(450); // the pulse of what changed settles
    const g = await geometry(page);
    sawBadges = Math.max(
      sawBadges,
      g.labels.filter((l) => /gc_refs|reachable/.test(l.text)).length,
    );
    expect(collisions(g), `step ${index}`).toEqual([]);
    // So do the walkthrough's (walkthrough.css): its badges' text is 10px.
    if ((await page.locator('g.gc-badge text').count()) > 0) {
      expect(await fontSize('g.gc-badge text')).toBe('10px');
    }
    const text = (await caption(page).textContent()) ?? '';
    if (text.includes('deleteGarbage')) {
      // The last phase: the heap after the collection is drawn, its labels float while the two
      // lists fade out with their badges.
      // The moment the lists' cards are gone, so are their labels ("−1: list[0]", "freed").
      const leftBehind = page.waitForFunction(
        (ids) => {
          if (ids.some((id) => document.querySelector(`g.node[data-id="${id}"]`))) return false;
          return [...document.querySelectorAll('text.delta-label')]
            .map((t) => t.textContent ?? '')
            .filter((t) => /freed|list\[0\]/.test(t));
        },
        lost,
        { polling: 'raf', timeout: 15_000 },
      );
      const most = await checkFor(page, 3500, `step ${index}`);
      expect(most).toBeGreaterThanOrEqual(3);
      expect(await (await leftBehind).jsonValue()).toEqual([]);
    }
    if (text.includes('gc.collect(2) returned')) break;
    if (index === 10)
      await page.screenshot({ path: 'test-results/labels-walkthrough-after-delete.png' });
    await step(page);
    index++;
    if (text.includes('deleteGarbage') || index === 10) {
      // Screenshot of the last phase while its labels are up.
      await page.waitForTimeout(700);
      await page.screenshot({ path: `test-results/labels-walkthrough-step-${index}.png` });
    }
  }
  expect(index).toBe(11);
  expect(sawBadges).toBe(2);
  // Nothing of the freed lists is left: not their cards, not their badges, not their labels.
  for (const id of lost) await expect(page.locator(`g.node[data-id="${id}"]`)).toHaveCount(0);
  await page.waitForTimeout(3000);
  expect((await geometry(page)).labels).toEqual([]);
});

test('a 200-object heap: no label overlaps another or a refcount badge, and 200 references to the class read as one', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openFresh(page);
  // The class is drawn (as a card), so the references its instances take to it show.
  const classes = page.getByRole('button', { name: 'Classes', exact: true });
  await classes.click();
  await expect(classes).toHaveAttribute('aria-pressed', 'true');
  await runLine(page, 'objs = []');
  await checkFor(page, 1500, 'objs = []');
  await runLine(page, 'for i in range(200): objs.append(Node(str(i)))');
  await expect(page.getByRole('status')).toContainText('new Node');
  const texts = new Set<string>();
  const start = Date.now();
  let shot = false;
  do {
    const g = await geometry(page);
    for (const l of g.labels) texts.add(l.text);
    expect(collisions(g), [...texts].join(' | ')).toEqual([]);
    if (!shot && Date.now() - start > 1200) {
      await page.screenshot({ path: 'test-results/labels-200.png' });
      shot = true;
    }
    await page.waitForTimeout(150);
  } while (Date.now() < start + 3000);
  expect(texts).toContain('+200: Node.__class__');
  expect([...texts].filter((t) => t.includes('Node.__class__'))).toHaveLength(1);
});
