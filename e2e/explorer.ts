/**
 * Driving the explorer like a person: palette buttons, drags from a card's "add reference" handle
 * or from a name row onto a card, keys. Each helper waits for the statement the gesture makes to
 * show up in the transcript, so the next step sees the heap it produced.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { transcriptEntries } from './console';

/** A fresh page with nothing saved from an earlier test. */
export async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Python console' })).toBeVisible();
}

/** Waits until the transcript's last entry is `source` (made by a gesture). */
export async function expectStatement(page: Page, source: string): Promise<void> {
  await expect(transcriptEntries(page).last().locator('.entry-input')).toHaveText(`>>> ${source}`);
}

/** The statements in the transcript, in order (applied and undone). */
export async function statements(page: Page): Promise<string[]> {
  const inputs = await transcriptEntries(page).locator('.entry-input').allTextContents();
  return inputs.map((t) => t.replace(/^>>> /, ''));
}

export function nameRow(page: Page, name: string): Locator {
  return page.getByRole('button', { name: `name ${name}`, exact: true });
}

/** The card a name in Globals refers to (its focusable button). */
export async function cardOf(page: Page, name: string): Promise<Locator> {
  const target = await nameRow(page, name).getAttribute('data-target');
  return page.locator(`g.node[data-id="${target}"] > g.hit`);
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses at `from`, moves in small steps to `to` and releases there. */
async function dragBetween(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 12, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Drags the "add reference" handle of `source` (a card) onto `target` (a card). */
export async function dragReference(page: Page, source: Locator, target: Locator): Promise<void> {
  await source.hover();
  const handle = source.locator('xpath=..').locator('g.ref-handle circle.handle-dot');
  await expect(handle).toBeVisible();
  await dragBetween(page, await centre(handle), await centre(target));
}

/** Drags a name row onto a card. */
export async function dragName(page: Page, name: string, target: Locator): Promise<void> {
  await dragBetween(page, await centre(nameRow(page, name)), await centre(target));
}

/** Presses Tab (or Shift+Tab) until the focused element's accessible name matches. */
export async function tabTo(page: Page, name: RegExp, backwards = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    });
    if (name.test(focused)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

/** The accessible name of the focused element. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/**
 * Clicks Fit and waits for its zoom animation to end: a drag measured while the view still
 * moves would drop where the card was, not where it is.
 */
export async function fitView(page: Page): Promise<void> {
  const transform = () =>
    page.locator('.heap-drawing').evaluate((el) => (el as HTMLElement).style.transform);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await transform();
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

/** Lets the last animation finish (labels fade after about 3 s) before a screenshot or axe scan. */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(3200);
}
