/**
 * Large heaps stay findable (issue 12, item 5): after the 200-object loop, `Find object` finds an
 * object by name path (past the list's first 16 arrows the snapshot lists), by type (Enter goes on
 * to the next: "2 of 200") and by address, selects it and brings its card into the view; the
 * overview map moves the view on a click; the type counts list `Node 200`; a heap panned out of
 * sight is brought back.
 *
 * Cards are told apart by what the engine says (their address, from `hex(id(...))` typed into the
 * console) and by the selection, not by their accessible names, which another change rewrites.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runLine } from './console';

const LOOP = ['objs = []', 'for i in range(200): objs.append(Node(str(i)))'];

function viewport(page: Page): Locator {
  return page.locator('.heap-viewport');
}

/** The card marked selected (there is one at most). */
function selectedCard(page: Page): Locator {
  return page.locator('.heap-svg g.node.selected');
}

/** What Python says `expr`'s address is: the echoed `hex(id(expr))`. */
async function addressOf(page: Page, expr: string): Promise<string> {
  const entry = await runLine(page, `hex(id(${expr}))`);
  const text = (await entry.textContent()) ?? '';
  const m = /'(0x[0-9a-f]+)'\s*$/.exec(text);
  expect(m, text).not.toBeNull();
  return m![1]!;
}

/** Whether the locator's box lies wholly inside the heap's viewport. */
async function expectInView(page: Page, card: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        const view = (await viewport(page).boundingBox())!;
        const box = await card.boundingBox();
        if (!box) return 'no box';
        const inside =
          box.x >= view.x - 1 &&
          box.y >= view.y - 1 &&
          box.x + box.width <= view.x + view.width + 1 &&
          box.y + box.height <= view.y + view.height + 1;
        return inside ? 'in view' : `card ${JSON.stringify(box)} view ${JSON.stringify(view)}`;
      },
      { timeout: 15_000 },
    )
    .toBe('in view');
}

/** The loop's heap is drawn: its cards are all there (none left for later frames). */
async function heapDrawn(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toContainText('new Node', { timeout: 30_000 });
  await expect(page.locator('.heap-svg g.node').first()).toBeAttached();
  await expect(page.locator('.heap-svg')).not.toHaveAttribute('aria-busy', 'true', {
    timeout: 30_000,
  });
}

async function find(page: Page, query: string): Promise<void> {
  const field = page.getByRole('searchbox', { name: 'Find object' });
  await field.fill(query);
  await field.press('Enter');
}

async function viewTransform(page: Page): Promise<string> {
  return page.locator('.heap-drawing').evaluate((el) => (el as HTMLElement).style.transform);
}

test.describe('Find object at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('finds by path, type and address; the map and the type counts move the view', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    for (const line of LOOP) await runLine(page, line);
    await heapDrawn(page);
    const message = page.locator('.find-message');

    // A path past the 16 items the list's card lists: the interpreter follows it.
    const at122 = await addressOf(page, 'objs[122]');
    await find(page, 'objs[122]');
    await expect(message).toContainText(`objs[122] · Node at ${at122}`);
    await expect(selectedCard(page)).toHaveCount(1);
    await expect(selectedCard(page)).toContainText(at122);
    await expectInView(page, selectedCard(page));
    // The inspector shows it.
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(at122);
    await page.screenshot({ path: 'test-results/find-object-1280.png' });

    // A type: the first Node, then Enter again for the next.
    await find(page, 'Node');
    await expect(message).toContainText('Node · 1 of 200 · Node at 0x');
    const first = await selectedCard(page).getAttribute('data-id');
    await page.getByRole('searchbox', { name: 'Find object' }).press('Enter');
    await expect(message).toContainText('Node · 2 of 200');
    await expect(selectedCard(page)).not.toHaveAttribute('data-id', first!);
    await expectInView(page, selectedCard(page));

    // An address as cards show it.
    const at7 = await addressOf(page, 'objs[7]');
    await find(page, at7);
    await expect(message).toContainText(`${at7} · Node at ${at7}`);
    await expect(selectedCard(page)).toContainText(at7);
    await expectInView(page, selectedCard(page));

    // Nothing found says so; Escape clears the field and the note.
    await find(page, 'objs[999]');
    await expect(message).toHaveText('objs[999] names no object.');
    await page.getByRole('searchbox', { name: 'Find object' }).press('Escape');
    await expect(page.getByRole('searchbox', { name: 'Find object' })).toHaveValue('');
    await expect(message).toHaveCount(0);

    // The overview map (open by itself for 200 cards): a click moves the view there.
    const map = page.getByRole('img', { name: /^Overview map of the heap/ });
    await expect(map).toBeVisible();
    await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => viewTransform(page)).toBe('translate(0px, 0px) scale(1)');
    const mapBox = (await map.boundingBox())!;
    await map.click({ position: { x: mapBox.width * 0.8, y: mapBox.height * 0.8 } });
    await expect.poll(() => viewTransform(page)).toMatch(/^translate\(-\d+(\.\d+)?px, -\d/);
    // The view glides there: its offset is read until it has arrived, not once on the way.
    const offset = async () =>
      /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/
        .exec(await viewTransform(page))!
        .slice(1)
        .map(Number);
    await expect.poll(async () => (await offset())[0]).toBeLessThan(-200);
    await expect.poll(async () => (await offset())[1]).toBeLessThan(-100);
    // It moved to cards, not to a blank part of the drawing.
    await expect(page.getByText('The heap is off-screen.')).toBeHidden();
    await page.screenshot({ path: 'test-results/find-object-map-1280.png' });

    // The type counts: Node 200; a type finds its first object.
    await page.getByRole('button', { name: 'Types' }).click();
    const counts = page.getByRole('group', { name: 'Objects by type' });
    await expect(counts.getByRole('button', { name: 'Node 200', exact: true })).toBeVisible();
    await expect(counts.getByRole('button', { name: 'list 1', exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/find-object-types-1280.png' });
    // From the keyboard: the first type has the focus; Escape closes and gives it back.
    await expect(counts.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(counts).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Types' })).toBeFocused();
    await page.getByRole('button', { name: 'Types' }).click();
    await counts.getByRole('button', { name: 'Node 200', exact: true }).click();
    await expect(counts).toHaveCount(0);
    await expect(message).toContainText('Node · 1 of 200');
    await expect(selectedCard(page)).toHaveAttribute('data-id', first!);
    await expectInView(page, selectedCard(page));

    // Panned off the heap: a note brings it back.
    const view = (await viewport(page).boundingBox())!;
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(view.x + 40, view.y + view.height - 60);
      await page.mouse.down();
      await page.mouse.move(view.x + view.width - 40, view.y + 20, { steps: 8 });
      await page.mouse.up();
    }
    const lost = page.getByText('The heap is off-screen.');
    await expect(lost).toBeVisible();
    // The pan moved the box around the <svg>, never the <svg> itself: a transform on the <svg>
    // makes Chromium lay out all its text again at every frame of a pan (zoom.ts).
    expect(await page.locator('svg.heap-svg').evaluate((el) => el.style.transform)).toBe('');
    await page.getByRole('button', { name: 'Bring it back' }).click();
    await expect(lost).toBeHidden();
    await expect(page.getByRole('button', { name: 'name objs' })).toBeInViewport();
  });
});

test.describe('Find object at 960x540', () => {
  test.use({ viewport: { width: 960, height: 540 } });

  test('the field, the map and a found card fit the slide', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Console', exact: true });
    await toggle.click();
    for (const line of LOOP) await runLine(page, line);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await heapDrawn(page);

    const field = page.getByRole('searchbox', { name: 'Find object' });
    await expect(field).toBeInViewport({ ratio: 1 });
    await find(page, 'objs[122]');
    await expect(page.locator('.find-message')).toContainText('objs[122] · Node at 0x');
    await expectInView(page, selectedCard(page));

    // The map sits above the zoom buttons, clear of them, and the found card is not under it.
    const map = (await page.getByRole('img', { name: /^Overview map/ }).boundingBox())!;
    const zoom = (await page.getByRole('group', { name: 'Zoom' }).boundingBox())!;
    expect(map.y + map.height).toBeLessThanOrEqual(zoom.y);
    const card = (await selectedCard(page).boundingBox())!;
    const overlaps =
      card.x < map.x + map.width &&
      map.x < card.x + card.width &&
      card.y < map.y + map.height &&
      map.y < card.y + card.height;
    expect(overlaps).toBe(false);
    await page.screenshot({ path: 'test-results/find-object-960.png' });
  });
});
