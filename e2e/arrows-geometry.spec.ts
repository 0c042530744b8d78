/**
 * Arrows are routed around cards (issue 12, item 2), checked on the drawing itself: every arrow's
 * path is sampled every 2 px along its length (getPointAtLength, in screen coordinates) and no
 * sample may fall inside the box of a card or pill the arrow does not start or end at. Checked in
 * the seed session after each statement, at every step of a cycle's collector walkthrough, in a
 * heap where `res` is bound past a dict, and in a heap of 200 Node instances. Screenshots of the first two are kept in test-results/.
 * Arrows to different objects never run along each other (within 1.5 px for 16 px or more): where
 * routes share a gap, each has its own track (nudge.ts). Arrows out of one point (the "+4" chip of
 * a container showing its first slots) start together, so they are not compared.
 */
import { expect, test, type Page } from '@playwright/test';
import { runLine } from './console';

interface Crossing {
  readonly edge: string;
  readonly card: string;
  readonly at: { x: number; y: number };
}

/**
 * Every (arrow, card) pair where the arrow's path runs inside the card's body, with one point of
 * each. Only settled drawing is measured: no exiting elements, nothing being filled in.
 */
async function crossings(page: Page): Promise<{ edges: number; cards: number; hits: Crossing[] }> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[aria-busy]');
    if (svg) throw new Error('the canvas is still filling');
    const bodies = [...document.querySelectorAll<SVGGElement>('g.node:not(.exiting)')].map((g) => {
      const body = g.querySelector('rect.card-body, rect.pill-body')!;
      const r = body.getBoundingClientRect();
      const name = g.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
      return { id: g.getAttribute('data-id')!, name, r };
    });
    const edges = [...document.querySelectorAll<SVGGElement>('g.edge:not(.exiting)')];
    const hits: Crossing[] = [];
    for (const g of edges) {
      const path = g.querySelector<SVGPathElement>('path.line')!;
      const ctm = path.getScreenCTM()!;
      const source = g.getAttribute('data-source');
      const target = g.getAttribute('data-target');
      const length = path.getTotalLength();
      const samples: DOMPoint[] = [];
      for (let s = 0; s <= length; s += 2) {
        samples.push(path.getPointAtLength(s).matrixTransform(ctm));
      }
      for (const b of bodies) {
        if (b.id === source || b.id === target) continue;
        // Half a pixel in from each side: a path running along an edge is not inside.
        const r = b.r;
        const p = samples.find(
          (q) =>
            q.x > r.left + 0.5 && q.x < r.right - 0.5 && q.y > r.top + 0.5 && q.y < r.bottom - 0.5,
        );
        if (p) {
          const edge = `${source}->${target} ${path.getAttribute('d')}`;
          hits.push({ edge, card: b.name, at: { x: Math.round(p.x), y: Math.round(p.y) } });
        }
      }
    }
    return { edges: edges.length, cards: bodies.length, hits };
  });
}

/**
 * Pairs of arrows to different objects that run within 1.5 px of each other for 16 px or more
 * (eight samples in a row), with where the run starts: two such arrows would read as one.
 */
async function sharedRuns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edges = [...document.querySelectorAll<SVGGElement>('g.edge:not(.exiting)')].map((g) => {
      const path = g.querySelector<SVGPathElement>('path.line')!;
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const samples: DOMPoint[] = [];
      for (let s = 0; s <= length; s += 2) {
        samples.push(path.getPointAtLength(s).matrixTransform(ctm));
      }
      const name = `${g.getAttribute('data-source')}->${g.getAttribute('data-target')}`;
      return { target: g.getAttribute('data-target'), name, samples };
    });
    // Samples by 4 px cell, so each lookup reads a few cells, not every arrow.
    const cells = new Map<string, { edge: number; p: DOMPoint }[]>();
    const cell = (x: number, y: number) => `${Math.floor(x / 4)},${Math.floor(y / 4)}`;
    edges.forEach((e, edge) => {
      for (const p of e.samples) {
        const key = cell(p.x, p.y);
        const list = cells.get(key);
        if (list) list.push({ edge, p });
        else cells.set(key, [{ edge, p }]);
      }
    });
    const runs = new Set<string>();
    edges.forEach((e, i) => {
      const streak = new Map<number, number>();
      for (const p of e.samples) {
        const near = new Set<number>();
        for (let dx = -1; dx <= 1; dx++) {
          for (let dy = -1; dy <= 1; dy++) {
            for (const q of cells.get(cell(p.x + dx * 4, p.y + dy * 4)) ?? []) {
              const other = edges[q.edge]!;
              if (other.target === e.target) continue;
              // Arrows out of one point (a container's "+4" chip) are a fan: they start together.
              const [a, b] = [e.samples[0]!, other.samples[0]!];
              if (Math.hypot(a.x - b.x, a.y - b.y) <= 2) continue;
              if (Math.hypot(q.p.x - p.x, q.p.y - p.y) <= 1.5) near.add(q.edge);
            }
          }
        }
        for (const j of [...streak.keys()]) if (!near.has(j)) streak.delete(j);
        for (const j of near) {
          const n = (streak.get(j) ?? 0) + 1;
          streak.set(j, n);
          if (n === 8 && i < j) {
            runs.add(`${e.name} and ${edges[j]!.name} at ${Math.round(p.x)},${Math.round(p.y)}`);
          }
        }
      }
    });
    return [...runs];
  });
}

/** Waits for the drawing to settle (fades and arrow moves done), then checks it. */
async function expectNoCrossings(page: Page, minEdges: number): Promise<void> {
  await expect(page.locator('g.exiting')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('svg[aria-busy]')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(600); // an arrow whose path changed moves for 250 ms
  const found = await crossings(page);
  expect(found.edges).toBeGreaterThanOrEqual(minEdges);
  expect(found.hits).toEqual([]);
  expect(await sharedRuns(page)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Python console' })).toBeVisible();
});

test('no arrow crosses a card in the seed session', async ({ page }) => {
  await runLine(page, 'import sys');
  const steps: [line: string, minEdges: number][] = [
    ['a = []', 1],
    ['b = a', 2],
    ['l = [1, 2, 3, a]', 7],
    ['del b', 6],
    ['del l', 1],
  ];
  for (const [line, minEdges] of steps) {
    await runLine(page, line);
    await expectNoCrossings(page, minEdges);
    if (line.startsWith('l =')) {
      await page.screenshot({ path: 'test-results/arrows-seed-session.png' });
    }
  }
});

test('the arrow of a name bound past a dict goes around the dict', async ({ page }) => {
  // Four objects fill the first column (the lists, then the dict); `res` is then in the second
  // column, level with the dict's column, and its name row is below `cfg`'s.
  await runLine(page, 'cfg = {"a": [], "b": [], "c": []}');
  await runLine(page, 'res = [cfg["a"], cfg["b"]]');
  await runLine(page, 'a = res');
  await expectNoCrossings(page, 8);
  await page.screenshot({ path: 'test-results/arrows-past-dict.png' });
});

test('no arrow crosses a card in a heap of 200 objects', async ({ page }) => {
  test.setTimeout(180_000);
  await runLine(page, 'objs = []');
  await runLine(page, 'for i in range(200): objs.append(Node(str(i)))');
  await expect(page.getByRole('button', { name: /^list \[<Node/ })).toHaveCount(1, {
    timeout: 30_000,
  });
  // The 200 Nodes fold into a group card (groups.ts): expanded, each is drawn with its arrows.
  await page.getByRole('button', { name: 'Expand', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Node name=/ })).toHaveCount(200, {
    timeout: 30_000,
  });
  await expectNoCrossings(page, 200);
  await page.screenshot({ path: 'test-results/arrows-200.png' });
});

test('no arrow crosses a card at any step of a cycle walkthrough', async ({ page }) => {
  test.setTimeout(180_000);
  // The heap whose direct curves cross the dict (the test above), and a cycle beside it.
  for (const line of [
    'cfg = {"a": [], "b": [], "c": []}',
    'res = [cfg["a"], cfg["b"]]',
    'a = res',
    'l1 = [1]; l2 = [2]',
    'l1.append(l2); l2.append(l1)',
    'del l1, l2',
  ])
    await runLine(page, line);
  await expectNoCrossings(page, 8);
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  const stepButton = page.getByRole('button', { name: 'Step', exact: true });
  await expect(stepButton).toBeEnabled();
  let steps = 0;
  while (await stepButton.isEnabled()) {
    // The cards the collection frees fade at its last step: what stays is measured.
    await page.waitForTimeout(700);
    const found = await crossings(page);
    expect(found.hits, `step ${steps + 1}`).toEqual([]);
    expect(await sharedRuns(page), `step ${steps + 1}`).toEqual([]);
    await stepButton.click();
    steps++;
  }
  expect(steps).toBeGreaterThan(5);
});
