/**
 * Big heaps (issue 8): drawing never costs more than the view can show. A list of 100,000 items
 * is one card with its first items and its count, its 100,000 refcount changes one change; a heap
 * of 10^6 objects draws its first 1,200 and says so; the page keeps answering input throughout.
 *
 * Times are asserted generously (the CI machine is shared and slow); the figures themselves come
 * from `node scripts/bench-big-heaps.mjs`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pasteLine, transcriptEntries } from './console';
import { cardOf, openFresh, settle } from './explorer';

/** The page answers: a round trip to its script, and a click on another control that responds. */
async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
  const classes = page.getByRole('button', { name: 'Classes', exact: true });
  await classes.click({ timeout: 5000 });
  await expect(classes).toHaveAttribute('aria-pressed', 'true', { timeout: 5000 });
  await classes.click({ timeout: 5000 });
  await expect(classes).toHaveAttribute('aria-pressed', 'false', { timeout: 5000 });
  expect(Date.now() - started).toBeLessThan(5000);
}

test('x = [0] * 100000 is one card with its first items and a count, and one change', async ({
  page,
}) => {
  await openFresh(page);
  const took = await pasteLine(page, 'x = [0] * 100000');
  // Issue 8 asks for the next prompt within 2 s; the machine running this may be loaded.
  expect(took).toBeLessThan(4000);
  await expectResponsive(page);

  const x = await cardOf(page, 'x');
  await expect(x).toHaveAccessibleName(
    /^list \[0, 0, 0, .*, first 16 of 100,000 items, refcount 1, at 0x/,
  );
  const card = x.locator('xpath=..');
  await expect(card.locator('.card-count')).toHaveText('first 16 of 100,000 items');
  // Its first arrows, and one cell counting the rest.
  const more = card.getByRole('button', { name: /^\d{2},\d{3} more references/ });
  await expect(more).toHaveCount(1);
  const id = await card.getAttribute('data-id');
  await expect(page.locator(`g.edge[data-source="${id}"]`)).toHaveCount(16);
  // The 100,000 references to 0 are one change, as the status line says.
  await expect(page.getByRole('status')).toContainText('new list, refcount 1 (held by x)');
  await settle(page);
  await card.screenshot({ path: 'test-results/big-heaps-list-card.png' });
  await page.screenshot({ path: 'test-results/big-heaps-list-page.png' });

  // Freeing it is one change too, and quick.
  const freed = await pasteLine(page, 'del x');
  expect(freed).toBeLessThan(4000);
  await expect(page.getByRole('status')).toContainText('list freed');
  await expectResponsive(page);
});

test('a heap of 10^6 objects draws the first 1,200 and says how many there are', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openFresh(page);
  await pasteLine(page, 'x = list(range(1000000))', 60_000);
  await expectResponsive(page);
  const notice = page.locator('.canvas-omitted');
  await expect(notice).toHaveText(/^1,200 of 999,\d{3} objects drawn$/);
  const cards = await page.locator('g.node:not(.exiting)').count();
  expect(cards).toBeLessThanOrEqual(1200);
  const x = await cardOf(page, 'x');
  await expect(x).toHaveAccessibleName(/first 16 of 1,000,000 items, refcount 1\b/);
  await settle(page);
  await page.screenshot({ path: 'test-results/big-heaps-million.png' });
  await notice.screenshot({ path: 'test-results/big-heaps-notice.png' });

  // The inspector says what the picture leaves out.
  await x.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('The first 16 of its 1,000,000 references');
  await page.locator('.canvas-omitted').hover();
  await settle(page);
  await page.screenshot({ path: 'test-results/big-heaps-inspector.png' });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('a loop of 30 lists of 10^6 items ends and leaves one card', async ({ page }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  await pasteLine(page, 'for i in range(30): x = [0] * 1000000', 90_000);
  await expectResponsive(page);
  const x = await cardOf(page, 'x');
  await expect(x).toHaveAccessibleName(/first 16 of 1,000,000 items, refcount 1\b/);
  await expect(page.locator('.canvas-omitted')).toHaveCount(0);
});

test('5,000 Nodes draw the first ones and undo redraws the heap', async ({ page }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  await pasteLine(page, 'objs = []');
  await pasteLine(page, 'for i in range(5000): objs.append(Node(str(i)))', 60_000);
  await expectResponsive(page);
  await expect(page.locator('.canvas-omitted')).toHaveText(/^1,200 of 10,0\d\d objects drawn$/);
  const objs = await cardOf(page, 'objs');
  await expect(objs).toHaveAccessibleName(/first 16 of 5,000 items, refcount 1\b/);
  await settle(page);

  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(transcriptEntries(page).last()).toHaveClass(/undone/);
  await expect(page.locator('.canvas-omitted')).toHaveCount(0);
  await expect(objs).toHaveAccessibleName(/^list \[\], refcount 1\b/);
  await expectResponsive(page);
});
