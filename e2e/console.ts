/**
 * Driving the app like a person: click the console, type a line, press Enter. Each helper waits
 * for the line to show up in the transcript, so the next step sees the heap it produced.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export function transcriptEntries(page: Page): Locator {
  return page.getByRole('list', { name: 'Transcript' }).getByRole('listitem');
}

export async function runLine(page: Page, line: string): Promise<Locator> {
  const entries = transcriptEntries(page);
  const before = await entries.count();
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(before + 1);
  const entry = entries.last();
  await expect(entry).toContainText(line);
  return entry;
}

/**
 * Pastes a statement (a long loop, a block) into the console and presses Enter, without checking
 * its echo; returns the milliseconds from Enter until its entry is in the transcript.
 */
export async function pasteLine(page: Page, source: string, timeout = 30_000): Promise<number> {
  const entries = transcriptEntries(page);
  const before = await entries.count();
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.insertText(source);
  const started = Date.now();
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(before + 1, { timeout });
  return Date.now() - started;
}

/** The accessible names of all object cards and pills on the canvas, sorted. */
export async function cardNames(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('button', { name: /, refcount \d+/ })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return names.sort();
}

/**
 * The object card whose accessible name matches, e.g. /^list \[\], refcount /, in a page or in
 * an embed's frame.
 */
export function card(page: Pick<Page, 'getByRole'> | FrameLocator, name: RegExp): Locator {
  return page.getByRole('button', { name });
}
