/**
 * Group cards (issue 12, item 5): the 200 Nodes of `objs` and the name strs only they hold fold
 * into one card, "200 × Node in objs", with one arrow into it from `objs`; its Expand button shows
 * the 200 Node cards in place and Collapse folds them back. Selecting a folded object (as the
 * inspector or a search does) unfolds its group.
 */
import { expect, test, type Page } from '@playwright/test';
import { pasteLine } from './console';
import { cardOf, openFresh, settle } from './explorer';

const drawing = (page: Page) => page.locator('svg.heap-svg');
const cards = (page: Page) => page.locator('.nodes-layer g.node:not(.exiting)');
const nodeCards = (page: Page) => page.locator('.nodes-layer g.node.type-Node:not(.exiting)');
const groupCard = (page: Page) =>
  page.getByRole('group', { name: '200 × Node in objs', exact: true });

/** Every arrow ends at a card or a group card drawn now. */
async function danglingArrows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const drawn = new Set(
      [...document.querySelectorAll('.nodes-layer g.node:not(.exiting), g.group-card')].map((n) =>
        n.getAttribute('data-id'),
      ),
    );
    return [...document.querySelectorAll('.edges-layer g.edge:not(.exiting)')]
      .map((e) => e.getAttribute('data-target'))
      .filter((t) => !drawn.has(t))
      .map((t) => `arrow to ${t}`);
  });
}

/** Card boxes (screen pixels) that overlap the group card's. */
async function cardsOverGroup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const group = document.querySelector('g.group-card .group-body')!.getBoundingClientRect();
    return [...document.querySelectorAll('.nodes-layer g.node:not(.exiting) .card-body')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.left < group.right &&
          r.right > group.left &&
          r.top < group.bottom &&
          r.bottom > group.top
        );
      })
      .map((el) => el.closest('g.node')!.getAttribute('aria-label') ?? '');
  });
}

test('200 Nodes in a list fold into a group card that expands and collapses in place', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFresh(page);
  await pasteLine(page, 'objs = []');
  await pasteLine(page, 'for i in range(200): objs.append(Node(str(i)))', 60_000);
  await expect(drawing(page)).not.toHaveAttribute('aria-busy', /.*/, { timeout: 15_000 });

  // Folded: one group card instead of 400 cards, with one arrow into it, from objs.
  await expect(groupCard(page)).toHaveCount(1);
  const expand = groupCard(page).getByRole('button', { name: 'Expand', exact: true });
  await expect(expand).toBeVisible();
  await expect(groupCard(page)).toContainText('with 200 str');
  // Its styles load with the group cards' code (groupCards.css): without them it is filled black.
  const fill = await groupCard(page)
    .locator('.group-body')
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe('rgb(0, 0, 0)');
  await expect(nodeCards(page)).toHaveCount(0);
  expect(await cards(page).count()).toBeLessThan(20);
  const objs = await cardOf(page, 'objs');
  const objsId = await objs.locator('xpath=..').getAttribute('data-id');
  const groupId = await groupCard(page).getAttribute('data-id');
  await expect(page.locator(`g.edge[data-target="${groupId}"]`)).toHaveCount(1);
  await expect(
    page.locator(`g.edge[data-source="${objsId}"][data-target="${groupId}"]`),
  ).toHaveCount(1);
  expect(await danglingArrows(page)).toEqual([]);
  expect(await cardsOverGroup(page)).toEqual([]);
  // A few cards drawn: the overview map stays closed until asked for.
  const map = page.getByRole('img', { name: /^Overview map of the heap/ });
  await expect(map).toHaveCount(0);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await settle(page);
  await page.screenshot({ path: 'test-results/group-cards-folded.png' });

  // Expanded: the 200 Node cards are drawn, the group card stays with a Collapse button.
  await expand.click();
  await expect(drawing(page)).not.toHaveAttribute('aria-busy', /.*/, { timeout: 15_000 });
  await expect(nodeCards(page)).toHaveCount(200);
  expect(await cards(page).count()).toBeGreaterThan(400);
  const collapse = groupCard(page).getByRole('button', { name: 'Collapse', exact: true });
  await expect(collapse).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`g.edge[data-target="${groupId}"]`)).toHaveCount(0);
  expect(await danglingArrows(page)).toEqual([]);
  expect(await cardsOverGroup(page)).toEqual([]);
  // More than 40 cards drawn (BIG_HEAP): the overview map opens by itself.
  await expect(map).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await settle(page);
  await page.screenshot({ path: 'test-results/group-cards-expanded.png' });

  // Collapsed again: back to one card, from the keyboard this time.
  await collapse.focus();
  await page.keyboard.press('Enter');
  await expect(nodeCards(page)).toHaveCount(0);
  await expect(groupCard(page).getByRole('button', { name: 'Expand', exact: true })).toBeFocused();
  expect(await cards(page).count()).toBeLessThan(20);
  await expect(map).toHaveCount(0);
  expect(await danglingArrows(page)).toEqual([]);

  // A folded object selected in the inspector (objs refers to it) unfolds its group.
  await objs.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('list', { name: 'Refers to' }).getByRole('button').first().click();
  await expect(nodeCards(page)).toHaveCount(200);
  await expect(collapse).toBeVisible();
  await collapse.click();
  await expect(nodeCards(page)).toHaveCount(0);

  await pasteLine(page, 'n = objs[122]');
  // A named Node stays out of the fold: 199 are folded, n has its own card.
  await expect(page.getByRole('group', { name: '199 × Node in objs', exact: true })).toHaveCount(1);
  await expect(nodeCards(page)).toHaveCount(1);
});
