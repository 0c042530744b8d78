/**
 * The Lessons panel (issue 11): the header's Lessons button shows the lessons; choosing one starts
 * it in a new session and plays it step by step: each step's Python runs as console statements,
 * a prediction is asked before its step runs and revealed after, Previous undoes the step shown.
 * `?lesson=NAME&step=N` opens a lesson at a step, the steps before it played. Every lesson plays
 * from start to end with no error. Set LESSON_SHOTS to a folder to save screenshots there.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons';
import { transcriptEntries } from './console';
import { nameRow, openFresh } from './explorer';

const shots = process.env.LESSON_SHOTS;

/** A screenshot once the canvas's animations have ended. */
async function shoot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${shots}/${name}.png` });
}

function player(page: Page) {
  return page.locator('.lesson-player');
}

/** Waits until step `n` of `total` is shown and done (its Python ran, or its question waits). */
async function atStep(page: Page, n: number, total: number): Promise<void> {
  // A step of another CPython adds " · CPython 2.7".
  await expect(player(page).locator('.lesson-count')).toHaveText(
    new RegExp(`^Step ${n} of ${total}(?!\\d)`),
  );
  await expect(player(page).locator('.lesson-running')).toHaveCount(0);
}

/** The transcript (behind the Console tab: counted hidden) holds no statement that raised. */
async function noErrors(page: Page): Promise<void> {
  await expect(page.locator('.transcript .entry')).not.toHaveCount(0);
  await expect(page.locator('.transcript .entry.failed')).toHaveCount(0);
  await expect(page.locator('.lesson-error')).toHaveCount(0);
}

/** Shows the Console tab for `look`, then the Lessons tab again. */
async function inConsole(page: Page, look: () => Promise<void>): Promise<void> {
  await page.getByRole('tab', { name: 'Console' }).click();
  await look();
  await page.getByRole('tab', { name: 'Lessons' }).click();
}

async function answer(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
  await page.getByRole('button', { name: 'Check' }).click();
}

async function next(page: Page): Promise<void> {
  await player(page).getByRole('button', { name: 'Next' }).click();
}

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('plays the references lesson with predictions, and goes back a step', async ({ page }) => {
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await expect(page.getByRole('button', { name: /^Circular references/ })).toBeVisible();
    await page.getByRole('button', { name: /^References and sys\.getrefcount/ }).click();

    const total = 9;
    await atStep(page, 1, total);
    await expect(player(page)).toContainText('Let us make an empty list and name it a.');
    await expect(player(page).locator('.lesson-text code').first()).toHaveText(
      'sys.getrefcount(obj)',
    );
    await expect(player(page).locator('.lesson-look')).toHaveText(
      'Look at a (selected on the heap).',
    );
    await expect(nameRow(page, 'a')).toBeVisible();
    await shoot(page, 'step-1280x800');

    // A prediction answered right.
    await next(page);
    await atStep(page, 2, total);
    await expect(player(page)).toContainText('What does print(sys.getrefcount(a)) print?');
    await page.getByRole('textbox', { name: 'Your answer' }).fill('2');
    await shoot(page, 'predict-before-1280x800');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await expect(player(page).locator('.lesson-reveal')).toContainText(
      'You cannot observe the count without changing it',
    );
    await shoot(page, 'predict-after-right-1280x800');

    // One answered wrong.
    await next(page);
    await atStep(page, 3, total);
    await answer(page, '2');
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Not quite: it printed 3');
    await expect(player(page).locator('.lesson-reveal')).toContainText(
      'a, b and the argument of getrefcount: 3.',
    );
    await expect(nameRow(page, 'b')).toBeVisible();
    await shoot(page, 'predict-after-wrong-1280x800');

    // Previous undoes step 3's statements (the transcript keeps them, undone).
    await player(page).getByRole('button', { name: 'Previous' }).click();
    await atStep(page, 2, total);
    await expect(nameRow(page, 'b')).toHaveCount(0);
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await inConsole(page, async () => {
      await expect(transcriptEntries(page)).toHaveCount(5);
      await expect(page.locator('.undone-tag')).toHaveCount(2);
    });

    // Next runs step 3 again (redone), this time without a guess.
    await next(page);
    await atStep(page, 3, total);
    await page.getByRole('button', { name: 'Just run it' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('It printed 3');
    await expect(page.locator('.undone-tag')).toHaveCount(0);

    await next(page);
    await atStep(page, 4, total);
    await answer(page, '4');
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await next(page);
    await atStep(page, 5, total);
    await page.getByRole('button', { name: 'Just run it' }).click();
    await next(page);
    await atStep(page, 6, total);
    await page.getByRole('radio', { name: /^2: the outer list is freed/ }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await next(page);
    await atStep(page, 7, total);
    await next(page);
    await atStep(page, 8, total);
    await page.getByRole('radio', { name: 'freed' }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText(
      'Not quite: the answer is “nothing”',
    );
    await next(page);
    await atStep(page, 9, total);
    await answer(page, 'freed');
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await expect(player(page)).toContainText('That is the end of this lesson.');
    await expect(player(page).getByRole('button', { name: 'Next' })).toBeDisabled();
    await noErrors(page);
  });

  test('opens a lesson at a step from the address', async ({ page }) => {
    await page.goto('/?lesson=cycles&step=3');
    const total = LESSONS.find((l) => l.name === 'cycles')!.steps.length;
    await atStep(page, 3, total);
    await expect(player(page)).toContainText('Printing a list prints its items');
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
    // The heap of steps 1 and 2: the two lists, each holding the other.
    await expect(nameRow(page, 'l1')).toBeVisible();
    await expect(nameRow(page, 'l2')).toBeVisible();
    await inConsole(page, async () => {
      await expect(transcriptEntries(page).locator('.entry-input')).toHaveText([
        '>>> l1 = [1,]; l2 = [2,]',
        '>>> l1.append(l2); l2.append(l1)',
      ]);
    });
    await answer(page, '[1, [2, [...]]]');
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await noErrors(page);
  });

  test('runs a step of another CPython on a heap of its own, and Previous makes the one before again', async ({
    page,
  }) => {
    const lesson = LESSONS.find((l) => l.name === 'function-calls')!;
    const total = lesson.steps.length;
    await page.goto(`/?lesson=function-calls&step=${total - 1}`);
    await atStep(page, total - 1, total);
    // The step before asks a choice: skipped.
    await page.getByRole('button', { name: 'Just run it' }).click();
    const badge = page.locator('.canvas-stage .profile-badge');
    await expect(badge).toHaveCount(0);
    await next(page);
    await atStep(page, total, total);
    await expect(player(page).locator('.lesson-count')).toHaveText(
      `Step ${total} of ${total} · CPython 2.7`,
    );
    await expect(badge).toHaveText('CPython 2.7');
    // The talk's number, from Heapscope's 2.7 model: the caller keeps its reference on its stack.
    await answer(page, '4');
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    await expect(player(page).locator('.lesson-output pre')).toHaveText('4');
    await inConsole(page, async () => {
      await expect(transcriptEntries(page).locator('.entry-input').first()).toHaveText(
        '>>> import sys',
      );
      await expect(transcriptEntries(page)).toHaveCount(lesson.steps[total - 1]!.python!.length);
    });
    await shoot(page, 'other-profile-1280x800');
    // Previous: the 3.11 heap the step before left, made again.
    await player(page).getByRole('button', { name: 'Previous' }).click();
    await atStep(page, total - 1, total);
    await expect(badge).toHaveCount(0);
    await expect(player(page).locator('.lesson-count')).toHaveText(`Step ${total - 1} of ${total}`);
    await expect(nameRow(page, 'a')).toBeVisible();
    await noErrors(page);
  });

  test('the player passes axe, asking and revealing', async ({ page }) => {
    await page.goto('/?lesson=references&step=2');
    await atStep(page, 2, 9);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await answer(page, '2');
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Right');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    // Pressed again, the Lessons button gives the console its pane back.
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Python console' })).toBeVisible();
  });

  test('plays every lesson from start to end', async ({ page }) => {
    test.setTimeout(240_000);
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    for (const lesson of LESSONS) {
      await page.getByRole('button', { name: new RegExp(`^${escape(lesson.title)}`) }).click();
      const total = lesson.steps.length;
      for (let n = 1; n <= total; n++) {
        await atStep(page, n, total);
        if (lesson.steps[n - 1]!.predict)
          await page.getByRole('button', { name: 'Just run it' }).click();
        if (n < total) await next(page);
      }
      await expect(player(page)).toContainText('That is the end of this lesson.');
      await noErrors(page);
      await player(page).getByRole('button', { name: 'All lessons' }).click();
    }
  });
});

test.describe('at 960x540', () => {
  test.use({ viewport: { width: 960, height: 540 } });

  test('the Lessons button opens the drawer on the lessons', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const lessons = page.getByRole('button', { name: 'Lessons', exact: true });
    await lessons.click();
    await expect(page.locator('#drawer-console')).toBeVisible();
    await page.getByRole('button', { name: /^Circular references/ }).click();
    const lesson = LESSONS.find((l) => l.name === 'cycles')!;
    const total = lesson.steps.length;
    await atStep(page, 1, total);
    await shoot(page, 'step-960x540');
    const survivors = lesson.steps.findIndex((s) => s.predict?.kind === 'survivors') + 1;
    for (let n = 2; n <= survivors; n++) {
      await next(page);
      await atStep(page, n, total);
      if (n < survivors && lesson.steps[n - 1]!.predict)
        await page.getByRole('button', { name: 'Just run it' }).click();
    }
    await expect(page.getByRole('checkbox', { name: 'the object l1 names' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'the object l1 names' }).check();
    await shoot(page, 'predict-before-960x540');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(player(page).locator('.lesson-verdict')).toHaveText('Not quite');
    await expect(player(page).locator('.lesson-reveal')).toContainText(
      'Still there: l1, l2. Freed: l3.',
    );
    await shoot(page, 'predict-after-960x540');
    // The button closes the drawer, and opens it again on the lesson being played.
    await lessons.click();
    await expect(page.locator('#drawer-console')).toBeHidden();
    await lessons.click();
    await expect(player(page).locator('.lesson-count')).toHaveText(`Step ${survivors} of ${total}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
