/**
 * A lesson's "which objects survive?" answered on the heap (issue 11's follow-up): while the
 * question is asked, clicking an offered card (or Enter on it, or clicking a name bound to it)
 * ticks it as surviving instead of selecting it, the checkboxes follow and tick the cards in turn,
 * and the card shows the guess without its accessible name changing. Check reveals as with the
 * checkboxes; once the step has run, a click on a card selects it again. Set LESSON_SHOTS to a
 * folder to save screenshots there.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons';
import { nameRow } from './explorer';

const shots = process.env.LESSON_SHOTS;
const lesson = LESSONS.find((l) => l.name === 'cycles')!;
const total = lesson.steps.length;
/** The step that asks which lists still exist after `del l1, l2, l3`, counted from 1. */
const step = lesson.steps.findIndex((s) => s.predict?.kind === 'survivors') + 1;

/** The cards of the two lists, by their accessible names, which the guess never changes. */
const L1 = /^list \[1, \[2, \[\.\.\.\]\]\], refcount 2\b/;
const L2 = /^list \[2, \[1, \[\.\.\.\]\]\], refcount 2\b/;
/** The list in no cycle, which `del` frees. */
const L3 = /^list \[3\], refcount 1\b/;

async function shoot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${shots}/${name}.png` });
}

const player = (page: Page) => page.locator('.lesson-player');
const heap = (page: Page) => page.getByRole('region', { name: 'Heap' });
const cardIn = (page: Page, name: RegExp) => heap(page).getByRole('button', { name });
/** The card's group, which carries the canvas's classes. */
const nodeOf = (card: Locator) => card.locator('xpath=..');
const box = (page: Page, name: 'l1' | 'l2' | 'l3') =>
  page.getByRole('checkbox', { name: `the object ${name} names` });

/** Opens the lesson at its survivors question and waits for it to be asked. */
async function atQuestion(page: Page): Promise<void> {
  await page.goto(`/?lesson=cycles&step=${step}`);
  await expect(player(page).locator('.lesson-count')).toHaveText(`Step ${step} of ${total}`);
  await expect(player(page).locator('.lesson-running')).toHaveCount(0);
  await expect(player(page).locator('legend')).toHaveText(
    'Which of these objects still exist after the step? Click their cards on the heap, or tick them here.',
  );
  await expect(box(page, 'l1')).not.toBeChecked();
  await expect(box(page, 'l2')).not.toBeChecked();
  await expect(box(page, 'l3')).not.toBeChecked();
  // The three lists are offered: their cards carry the mark that says they can be clicked.
  await expect(nodeOf(cardIn(page, L1))).toHaveClass(/\boffered\b/);
  await expect(nodeOf(cardIn(page, L2))).toHaveClass(/\boffered\b/);
  await expect(nodeOf(cardIn(page, L3))).toHaveClass(/\boffered\b/);
}

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('clicking the two lists of the cycle answers right, the checkboxes following', async ({
    page,
  }) => {
    await atQuestion(page);
    const l1 = cardIn(page, L1);
    const l2 = cardIn(page, L2);

    await l1.click();
    await expect(box(page, 'l1')).toBeChecked();
    await expect(box(page, 'l2')).not.toBeChecked();
    await expect(nodeOf(l1)).toHaveClass(/\bguessed\b/);
    await expect(nodeOf(l1).locator('.guess-tag')).toBeVisible();
    await expect(nodeOf(l2)).not.toHaveClass(/\bguessed\b/);
    await expect(nodeOf(l2).locator('.guess-tag')).toBeHidden();
    // The name stays what it was: the guess is said by the checkboxes, not by the card.
    await expect(cardIn(page, L1)).toHaveCount(1);
    await shoot(page, 'survivors-one-guessed-1280x800');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // The checkboxes tick and untick the cards in turn.
    await box(page, 'l1').uncheck();
    await expect(nodeOf(l1)).not.toHaveClass(/\bguessed\b/);
    await box(page, 'l1').check();
    await expect(nodeOf(l1)).toHaveClass(/\bguessed\b/);

    // The list in no cycle: ticked, then unticked again.
    const l3 = cardIn(page, L3);
    await l3.click();
    await expect(box(page, 'l3')).toBeChecked();
    await l3.click();
    await expect(box(page, 'l3')).not.toBeChecked();

    await l2.click();
    await expect(box(page, 'l2')).toBeChecked();
    await expect(box(page, 'l1')).toBeChecked();
    await expect(nodeOf(l2)).toHaveClass(/\bguessed\b/);

    await page.getByRole('button', { name: 'Check' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await expect(player(page).locator('.lesson-reveal')).toContainText(
      'Still there: l1, l2. Freed: l3.',
    );
    await expect(cardIn(page, L3)).toHaveCount(0);
    // The question is over: no card is offered or guessed any more, and a click selects again.
    await expect(page.locator('g.node.offered')).toHaveCount(0);
    await expect(page.locator('g.node.guessed')).toHaveCount(0);
    const lost = cardIn(page, /^list \[1, \[2, \[\.\.\.\]\]\], refcount 1\b/);
    await lost.click();
    await expect(lost).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('g.node.guessed')).toHaveCount(0);
    await expect(page.locator('.transcript .entry.failed')).toHaveCount(0);
  });

  test('one list only, by a name row and the keyboard, is not quite right', async ({ page }) => {
    await atQuestion(page);
    const l1 = cardIn(page, L1);

    // A name bound to an offered object ticks it too; a second click unticks it.
    await nameRow(page, 'l2').click();
    await expect(box(page, 'l2')).toBeChecked();
    await expect(nodeOf(cardIn(page, L2))).toHaveClass(/\bguessed\b/);
    await nameRow(page, 'l2').click();
    await expect(box(page, 'l2')).not.toBeChecked();
    await expect(nodeOf(cardIn(page, L2))).not.toHaveClass(/\bguessed\b/);

    // Enter on a focused card, as a click; twice unticks, three times ticks.
    await l1.focus();
    // Focus selects the card, as ever: the guess is not the selection.
    await expect(l1).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(box(page, 'l1')).toBeChecked();
    await page.keyboard.press(' ');
    await expect(box(page, 'l1')).not.toBeChecked();
    await page.keyboard.press('Enter');
    await expect(box(page, 'l1')).toBeChecked();
    await expect(nodeOf(l1)).toHaveClass(/\bguessed\b/);
    await expect(l1).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Check' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Not quite');
    await expect(page.locator('g.node.guessed')).toHaveCount(0);
    await expect(page.locator('.transcript .entry.failed')).toHaveCount(0);
  });

  test('the guess goes with the question: skipped, or the lesson left', async ({ page }) => {
    await atQuestion(page);
    await cardIn(page, L1).click();
    await expect(box(page, 'l1')).toBeChecked();
    await page.getByRole('button', { name: 'Just run it' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('What survived');
    await expect(page.locator('g.node.offered')).toHaveCount(0);
    await expect(page.locator('g.node.guessed')).toHaveCount(0);

    await atQuestion(page);
    await cardIn(page, L2).click();
    await expect(nodeOf(cardIn(page, L2))).toHaveClass(/\bguessed\b/);
    await player(page).getByRole('button', { name: 'All lessons' }).click();
    await expect(page.locator('g.node.offered')).toHaveCount(0);
    await expect(page.locator('g.node.guessed')).toHaveCount(0);
    // A click on the card selects it, as anywhere outside a question.
    const l2 = cardIn(page, L2);
    await nameRow(page, 'l1').focus();
    await l2.click();
    await expect(l2).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('g.node.guessed')).toHaveCount(0);
  });
});

test.describe('at 960x540', () => {
  test.use({ viewport: { width: 960, height: 540 } });

  test('a card clicked in the drawer’s company ticks its box', async ({ page }) => {
    await atQuestion(page);
    await cardIn(page, L1).click();
    await expect(box(page, 'l1')).toBeChecked();
    await expect(nodeOf(cardIn(page, L1))).toHaveClass(/\bguessed\b/);
    await shoot(page, 'survivors-one-guessed-960x540');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Not quite');
  });
});
