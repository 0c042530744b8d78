/**
 * The layered, stable layout (issue 12, item 4): what names hold stands in the first column right
 * of the frames, a container's items to its right in slot order top to bottom; objects keep their
 * place from step to step; a card dragged somewhere else stays there, and its arrows follow it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runLine } from './console';
import { openFresh, settle } from './explorer';

const cardNamed = (page: Page, name: RegExp): Locator => page.getByRole('button', { name });

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** Where the arrows into the card with data-id `id` end, in page pixels. */
async function arrowEnds(page: Page, id: string): Promise<{ x: number; y: number }[]> {
  return page.evaluate((id) => {
    return [...document.querySelectorAll(`.edges-layer g.edge[data-target="${id}"] path.line`)].map(
      (p) => {
        const path = p as SVGPathElement;
        const end = path.getPointAtLength(path.getTotalLength());
        const m = path.getScreenCTM()!;
        return { x: m.a * end.x + m.c * end.y + m.e, y: m.b * end.x + m.d * end.y + m.f };
      },
    );
  }, id);
}

test('items stand right of their container in slot order; a dragged card stays put', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFresh(page);
  await runLine(page, 'a = [[1], [2]]');
  await runLine(page, 'b = [3]');
  const a = cardNamed(page, /^list \[\[1\], \[2\].*, refcount 1/);
  const one = cardNamed(page, /^list \[1\], refcount 1/);
  const two = cardNamed(page, /^list \[2\], refcount 1/);
  const b = cardNamed(page, /^list \[3\], refcount 1/);
  const [boxA, boxOne, boxTwo, boxB] = await Promise.all([a, one, two, b].map(boxOf));
  // a's items to its right, [0] above [1]; b, named too, below a in the first column.
  expect(boxOne.x).toBeGreaterThan(boxA.x + boxA.width);
  expect(boxTwo.x).toBeCloseTo(boxOne.x, 0);
  expect(boxTwo.y).toBeGreaterThan(boxOne.y + boxOne.height);
  expect(boxB.x).toBeCloseTo(boxA.x, 0);
  expect(boxB.y).toBeGreaterThan(boxA.y + boxA.height);

  // A click still selects the card (a press that does not move is no drag).
  await one.click();
  await expect(one).toHaveAttribute('aria-pressed', 'true');

  // Dragged 260 px right and 40 down, it stays there through the next statements.
  const from = { x: boxOne.x + boxOne.width / 2, y: boxOne.y + 14 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 5, { steps: 3 });
  await page.mouse.move(from.x + 260, from.y + 40, { steps: 10 });
  await page.mouse.up();
  const moved = await boxOf(one);
  expect(moved.x - boxOne.x).toBeCloseTo(260, -1);
  expect(moved.y - boxOne.y).toBeCloseTo(40, -1);
  await runLine(page, 'c = [4]');
  await runLine(page, 'a.append([5])');
  const after = await boxOf(one);
  expect(after.x).toBeCloseTo(moved.x, 0);
  expect(after.y).toBeCloseTo(moved.y, 0);
  // Every other card kept its place too.
  expect((await boxOf(two)).y).toBeCloseTo(boxTwo.y, 0);
  expect((await boxOf(a)).x).toBeCloseTo(boxA.x, 0);

  // Its arrow (from a's [0]) ends on its new box.
  const id = await one.locator('xpath=..').getAttribute('data-id');
  const ends = await arrowEnds(page, id!);
  expect(ends.length).toBeGreaterThan(0);
  for (const end of ends) {
    expect(end.x).toBeGreaterThanOrEqual(after.x - 3);
    expect(end.x).toBeLessThanOrEqual(after.x + after.width + 3);
    expect(end.y).toBeGreaterThanOrEqual(after.y - 3);
    expect(end.y).toBeLessThanOrEqual(after.y + after.height + 3);
  }
  await settle(page);
  await page.screenshot({ path: 'test-results/layered-layout-moved.png' });
});
