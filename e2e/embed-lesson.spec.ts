/**
 * A lesson embedded in a slide (`?embed=1&lesson=NAME&step=N`): the heap and, beside it, the
 * lesson's player (narration, prediction, Previous/Next, output), in a 960x540 frame and a
 * 1280x720 one, none of it over the heap; the embed's own Back/Next bar is left out. The lesson
 * plays to its end in the embed's session; a name that names no lesson says so. The "Copy embed
 * code" dialog makes a snippet for a lesson at a step. The embedded lesson's panel passes axe. Screenshots
 * (light and dark, 960x540, and 1280x720) go to test-results/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons';
import { card, runLine } from './console';
import { openFresh } from './explorer';

const CYCLES = LESSONS.find((l) => l.name === 'cycles')!;
const TOTAL = CYCLES.steps.length;

function player(page: Page): Locator {
  return page.locator('.lesson-player');
}

/** Waits until step `n` is shown and done (its Python ran, or its question waits). */
async function atStep(page: Page, n: number): Promise<void> {
  await expect(player(page).locator('.lesson-count')).toHaveText(`Step ${n} of ${TOTAL}`);
  await expect(player(page).locator('.lesson-running')).toHaveCount(0);
}

type Box = { x: number; y: number; width: number; height: number };

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The heap's region and the lesson's panel are side by side, each inside the frame. */
async function sideBySide(page: Page): Promise<void> {
  const viewport = page.viewportSize()!;
  const heap = (await page.getByRole('region', { name: 'Heap' }).boundingBox())!;
  const lesson = (await page.getByRole('region', { name: 'Lesson' }).boundingBox())!;
  for (const box of [heap, lesson]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  }
  expect(overlap(heap, lesson), JSON.stringify({ heap, lesson })).toBe(false);
  // The heap keeps most of the frame.
  expect(heap.width).toBeGreaterThan(viewport.width / 2);
  // The lesson's buttons are in its panel, in view.
  for (const name of ['Previous', 'Next']) {
    const button = (await player(page).getByRole('button', { name, exact: true }).boundingBox())!;
    expect(overlap(button, heap)).toBe(false);
    expect(button.y + button.height).toBeLessThanOrEqual(lesson.y + lesson.height);
    expect(button.x + button.width).toBeLessThanOrEqual(lesson.x + lesson.width);
  }
}

test.describe('at 960x540', () => {
  test.use({ viewport: { width: 960, height: 540 } });

  test('plays a lesson from a step to its end beside the heap, never over it', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/?embed=1&lesson=cycles&step=2');
    await expect(player(page).getByRole('heading', { name: CYCLES.title })).toBeVisible({
      timeout: 30_000,
    });
    await atStep(page, 2);
    await expect(player(page)).toContainText('each list gets a reference to the other');
    // The steps before it ran, and this one: the two lists, each holding the other.
    await expect(card(page, /^list \[1, \[2, \[\.\.\.\]\]\], refcount 2\b/)).toHaveCount(1);
    await expect(card(page, /^list \[2, \[1, \[\.\.\.\]\]\], refcount 2\b/)).toHaveCount(1);
    // The lesson's Previous/Next move the session: the embed's own Back/Next bar is not there.
    await expect(page.getByRole('group', { name: 'Steps' })).toHaveCount(0);
    await sideBySide(page);
    await page.waitForTimeout(3000); // the canvas's animations end
    await page.screenshot({ path: 'test-results/embed-lesson-960x540-light.png' });

    for (let n = 3; n <= TOTAL; n++) {
      await player(page).getByRole('button', { name: 'Next', exact: true }).click();
      await expect(player(page).locator('.lesson-count')).toHaveText(`Step ${n} of ${TOTAL}`);
      // A step that asks first waits for an answer: run it without one.
      const skip = player(page).getByRole('button', { name: 'Just run it' });
      if (CYCLES.steps[n - 1]!.predict) await skip.click();
      await atStep(page, n);
      await expect(player(page).locator('.lesson-error')).toHaveCount(0);
      await sideBySide(page);
    }
    await expect(player(page)).toContainText('That is the end of this lesson.');
    await expect(player(page).getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
    // Its last step printed the weak reference's answer, the object being gone.
    await expect(player(page).locator('.lesson-output pre')).toHaveText('None');
    // The heap shows what the lesson left: the weak reference `watch`, dead, and no lists.
    await expect(card(page, /^ReferenceType <weakref; dead>, refcount 1\b/)).toHaveCount(1);
    await expect(card(page, /^list /)).toHaveCount(0);

    // Previous undoes the last step: the heap is back where it was before it.
    await player(page).getByRole('button', { name: 'Previous', exact: true }).click();
    await atStep(page, TOTAL - 1);
  });

  test('in the dark theme, with a read-only console under the lesson', async ({ page }) => {
    await page.goto('/?embed=1&lesson=cycles&step=2&theme=dark&console=read-only');
    await atStep(page, 2);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('list', { name: 'Transcript' })).toContainText(
      'l1.append(l2); l2.append(l1)',
    );
    await sideBySide(page);
    const heap = (await page.getByRole('region', { name: 'Heap' }).boundingBox())!;
    const transcript = (await page.locator('.embed-side > .console').boundingBox())!;
    expect(overlap(heap, transcript)).toBe(false);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: 'test-results/embed-lesson-960x540-dark-console.png' });
  });

  test('in the dark theme, asking its prediction, passes axe', async ({ page }) => {
    await page.goto('/?embed=1&lesson=cycles&step=3&theme=dark');
    await atStep(page, 3);
    // Step 3 asks its prediction first.
    await expect(player(page).getByRole('textbox', { name: 'Your answer' })).toBeVisible();
    await sideBySide(page);
    // The lesson's panel (an embed's page, a frame's, has no h1 of its own: not asked of it here).
    const scan = await new AxeBuilder({ page }).include('.embed-lesson').analyze();
    expect(scan.violations).toEqual([]);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: 'test-results/embed-lesson-960x540-dark.png' });
  });

  test('a name that names no lesson is said, beside the heap', async ({ page }) => {
    await page.goto('/?embed=1&lesson=no-such-lesson');
    await expect(page.getByRole('alert')).toHaveText(
      'There is no lesson called “no-such-lesson”. Choose one of these.',
      { timeout: 30_000 },
    );
    const heap = (await page.getByRole('region', { name: 'Heap' }).boundingBox())!;
    const lesson = (await page.getByRole('region', { name: 'Lesson' }).boundingBox())!;
    expect(overlap(heap, lesson)).toBe(false);
    // Choosing one from the list plays it there.
    await page.getByRole('button', { name: /^Circular references/ }).click();
    await atStep(page, 1);
  });

  test('with an id, the lesson is kept under it, and a new visit starts it anew', async ({
    page,
  }) => {
    await page.goto('/?embed=1&lesson=cycles&step=2&id=slide-7');
    await atStep(page, 2);
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).sort()))
      .toEqual(['heapscope.embed.slide-7']);
    await player(page).getByRole('button', { name: 'Next', exact: true }).click();
    await player(page).getByRole('button', { name: 'Just run it' }).click();
    await atStep(page, 3);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('heapscope.embed.slide-7')))
      .toContain('print(l1)');
    // A new visit starts the lesson anew: the last visit's session is replaced, not set aside
    // with a notice (nor another key at every visit).
    await page.reload();
    await atStep(page, 2);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('heapscope.embed.slide-7')))
      .not.toContain('print(l1)');
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([
      'heapscope.embed.slide-7',
    ]);
    await expect(page.getByText('A new session has started')).toHaveCount(0);
  });
});

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the lesson and the heap side by side', async ({ page }) => {
    await page.goto('/?embed=1&lesson=cycles&step=2');
    await atStep(page, 2);
    await sideBySide(page);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: 'test-results/embed-lesson-1280x720.png' });
  });
});

test('the embed dialog makes a snippet for a lesson at a step', async ({ page }) => {
  await openFresh(page);
  await runLine(page, 'a = [1, 2]');
  const dialog = page.getByRole('dialog', { name: 'Copy embed code' });
  await page.getByRole('button', { name: 'Copy embed code', exact: true }).click();
  await expect(dialog).toBeVisible();
  const lesson = dialog.getByRole('combobox', { name: 'Lesson' });
  await expect(lesson.locator('option')).toHaveText(['None', ...LESSONS.map((l) => l.title)]);
  await lesson.selectOption({ label: CYCLES.title });
  await dialog.getByRole('spinbutton', { name: 'Start at step' }).fill('2');
  // The lesson plays in a new session: this one does not go with it.
  await expect(dialog.getByRole('checkbox', { name: /^Open with this session/ })).toBeDisabled();
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toContain('title="Heapscope lesson: Circular references"');
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  const url = new URL(src);
  // (The page's theme goes with it too, as for any embed.)
  expect(url.searchParams.get('embed')).toBe('1');
  expect(url.searchParams.get('lesson')).toBe('cycles');
  expect(url.searchParams.get('step')).toBe('2');
  expect(url.searchParams.has('autoplay')).toBe(false);
  expect(url.hash).toBe('');
  // A step past the lesson's last is refused.
  await dialog.getByRole('spinbutton', { name: 'Start at step' }).fill(String(TOTAL + 1));
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveCount(0);
  await expect(dialog).toContainText(`Start at step: at most ${TOTAL}, the lesson's last step.`);
  await page.screenshot({ path: 'test-results/embed-lesson-dialog.png' });

  // The address opens the lesson at that step.
  await page.goto(src);
  await atStep(page, 2);
});
