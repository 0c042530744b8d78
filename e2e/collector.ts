/**
 * Driving the collector's walkthrough like a person: the caption under the canvas, the badges the
 * walkthrough puts on cards, and stepping until a phase shows.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The caption of the walkthrough (its phase name, then one sentence). */
export function caption(page: Page): Locator {
  return page.locator('.collector-caption');
}

/** The "gc_refs N" badge the walkthrough shows above a card (`card` is the card's button). */
export function gcBadge(card: Locator): Locator {
  return card.locator('xpath=..').locator('g.gc-badge text');
}

/** Presses Step (a click, or Enter when `keyboard`) and waits for the caption to change. */
export async function step(page: Page, keyboard = false): Promise<string> {
  const before = await caption(page).textContent();
  if (keyboard) await page.keyboard.press('Enter');
  else await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(caption(page)).not.toHaveText(before ?? '');
  return (await caption(page).textContent()) ?? '';
}

/** Looks at a phase: lets the pulse settle, then a screenshot for the record. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(450);
  await page.screenshot({ path: `test-results/${name}.png` });
}
