/**
 * Level of detail (issue 12, "big views stay fast"): zoomed out below half size, cards are drawn
 * as boxes (no text, no slot cells), below a quarter as dots; at normal zoom they are drawn in
 * full again. Only what is painted changes: the cards, their cells and their accessible names stay.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { runLine } from './console';
import { cardOf, openFresh, settle } from './explorer';

/** Clicks the Zoom out button `times` times (each zooms by 0.8) and lets the zoom end. */
async function zoomOut(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(400);
}

test('zoomed out, cards become boxes and then dots, with their names kept; at 100% they read again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openFresh(page);
  await runLine(page, 'a = [1, 2]');
  const svg = page.locator('svg.heap-svg');
  const a = await cardOf(page, 'a');
  const name = /^list \[1, 2\], refcount 1\b/;
  await expect(a).toHaveAccessibleName(name);
  const typeText = a.locator('tspan.card-type').first();
  const cell = page.getByRole('button', { name: /^reference \[0\]/ });

  // At 100%: the card reads.
  await expect(svg).not.toHaveClass(/lod-/);
  await expect(typeText).toBeVisible();
  await expect(typeText).toHaveText('list');
  await expect(cell).toBeVisible();

  // 0.8^4 = 0.41: boxes. The text and the cells are not painted; the names stay.
  await zoomOut(page, 4);
  await expect(svg).toHaveClass(/\blod-boxes\b/);
  await expect(svg).not.toHaveClass(/\blod-dots\b/);
  await expect(typeText).toBeHidden();
  await expect(cell).toBeHidden();
  await expect(a.locator('rect.card-body')).toBeVisible();
  await expect(a).toHaveAccessibleName(name);
  // The cell is still a button in the accessibility tree, and Tab still reaches it.
  await expect(cell).toHaveCount(1);
  await cell.focus();
  await expect(cell).toBeFocused();
  await settle(page);
  await page.screenshot({ path: 'test-results/level-of-detail-boxes.png' });

  // 0.8^7 = 0.21: dots.
  await zoomOut(page, 3);
  await expect(svg).toHaveClass(/\blod-dots\b/);
  await expect(typeText).toBeHidden();
  await expect(a.locator('path.card-band')).toBeHidden();
  await expect(a.locator('rect.card-body')).toBeVisible();
  await expect(a).toHaveAccessibleName(name);
  await page.screenshot({ path: 'test-results/level-of-detail-dots.png' });

  // An export draws the cards in full whatever the zoom: the card's text and cells are in it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG', exact: true }).click();
  const exported = readFileSync((await (await downloading).path())!, 'utf8');
  expect(exported).toMatch(/<tspan[^>]*class="card-type"[^>]*>list<\/tspan>/);
  expect(exported).toMatch(/<g[^>]*aria-label="reference \[0\][^"]*"/);
  await expect(svg).toHaveClass(/\blod-dots\b/);

  // Reset: back to 100%, drawn in full.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(svg).not.toHaveClass(/lod-/);
  await expect(typeText).toBeVisible();
  await expect(cell).toBeVisible();
});
