/**
 * Stepping inside a program (issue 11): the console's Script pane runs a whole program as one
 * statement, then its steps can be walked with Step forward / Step back and the Step slider. The
 * canvas draws the heap at each step with the frames of the calls in progress: stepping into a
 * call shows `frame f` with its locals, stepping back out takes it away; a loop of 200 iterations
 * is slid to its middle (where `i` is 100) and back; the line about to run is marked in the
 * editor. In the compact layout (a 960x540 slide) the pane is the console drawer's second tab.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { transcriptEntries } from './console';
import { nameRow, openFresh } from './explorer';

const PROGRAM = `def f(x):
    y = [x, x]
    return y

a = f('hi')
total = 0
for i in range(200):
    total += i
print(total)
`;

/** 1: def, 2: line 5, 3–4: f's body, 5: line 6, then the loop: line 7 and line 8 each time, 9. */
const STEPS = 5 + 2 * 200 + 2;
/** The step (0-based) on line 8 of the iteration where i is 100. */
const MIDDLE = 6 + 2 * 100;

function frame(page: Page, name: string): Locator {
  return page.getByRole('group', { name: `frame ${name}`, exact: true });
}

function caption(page: Page): Locator {
  return page.locator('.script-caption');
}

/** Shows the Script tab and puts `program` in its editor, as a paste does. */
async function writeScript(page: Page, program: string): Promise<void> {
  await page.getByRole('tab', { name: 'Script' }).click();
  const editor = page.getByRole('textbox', { name: 'Python script' });
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(program);
  await expect(editor).toContainText('for i in range(200):');
}

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('steps into a call and out again, and through a loop with the slider', async ({ page }) => {
    await openFresh(page);
    await page.getByRole('tab', { name: 'Script' }).click();
    // The pane opens with a short example to run.
    await expect(page.getByRole('textbox', { name: 'Python script' })).toContainText('def make');
    await writeScript(page, PROGRAM);
    await page.getByRole('button', { name: 'Run script' }).click();

    await expect(caption(page)).toHaveText(`Step 1 of ${STEPS} — line 1 in <module>`);
    await expect(page.locator('.script-output')).toContainText('19900');
    await expect(frame(page, '<module>')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Step back' })).toBeDisabled();

    const forward = page.getByRole('button', { name: 'Step forward' });
    await forward.click();
    await expect(caption(page)).toHaveText(`Step 2 of ${STEPS} — line 5 in <module>`);
    await expect(frame(page, 'f')).toHaveCount(0);

    // Into the call: f's frame, below the module's, with its argument as a local.
    await forward.click();
    await expect(caption(page)).toHaveText(`Step 3 of ${STEPS} — line 2 in f()`);
    await expect(frame(page, 'f')).toBeVisible();
    await expect(
      frame(page, 'f').getByRole('button', { name: 'name x', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^str 'hi', refcount / })).toBeVisible();
    await expect(page.locator('.cm-step-line')).toHaveText('    y = [x, x]');

    await forward.click();
    await expect(caption(page)).toHaveText(`Step 4 of ${STEPS} — line 3 in f()`);
    await expect(
      frame(page, 'f').getByRole('button', { name: 'name y', exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^list \['hi', 'hi'\], refcount 1,/ }),
    ).toBeVisible();
    // f's locals are not module names: a's row comes only after the call returns.
    await expect(frame(page, '<module>').getByRole('button', { name: 'name a' })).toHaveCount(0);

    // Back out of the call: the frame goes.
    const back = page.getByRole('button', { name: 'Step back' });
    await back.click();
    await back.click();
    await expect(caption(page)).toHaveText(`Step 2 of ${STEPS} — line 5 in <module>`);
    await expect(frame(page, 'f')).toHaveCount(0);
    await expect(page.locator('.cm-step-line')).toHaveText("a = f('hi')");

    // The loop: slid to its middle, where i is 100 and the loop's iterator is on the stack.
    const slider = page.getByRole('slider', { name: 'Step' });
    await expect(slider).toHaveAttribute('max', String(STEPS - 1));
    await slider.fill(String(MIDDLE));
    await expect(caption(page)).toHaveText(`Step ${MIDDLE + 1} of ${STEPS} — line 8 in <module>`);
    const i = await nameRow(page, 'i').getAttribute('data-target');
    await expect(page.locator(`g.node[data-id="${i}"] > g.hit`)).toHaveAttribute(
      'aria-label',
      /^int 100, /,
    );
    await expect(
      frame(page, '<module>').getByRole('button', { name: 'stack slot 0', exact: true }),
    ).toBeVisible();
    await expect(page.locator('.cm-step-line')).toHaveText('    total += i');

    // The slider's arrow keys move one step, and the app's keys do not undo anything meanwhile.
    await slider.press('ArrowRight');
    await expect(caption(page)).toHaveText(`Step ${MIDDLE + 2} of ${STEPS} — line 7 in <module>`);
    // PageUp / PageDown move the slider by a tenth (they step the session's history elsewhere).
    await slider.press('PageUp');
    await expect(caption(page)).not.toHaveText(/^Step 208 of/);
    await slider.press('PageDown');
    await slider.press('ArrowLeft');
    await expect(caption(page)).toHaveText(`Step ${MIDDLE + 1} of ${STEPS} — line 8 in <module>`);
    await expect(page.locator('.history-count')).toHaveText('1 / 1');
    // So do the app's step keys, while the slider has the focus.
    await slider.press('.');
    await expect(caption(page)).toHaveText(`Step ${MIDDLE + 2} of ${STEPS} — line 7 in <module>`);
    await slider.press(',');
    await expect(caption(page)).toHaveText(`Step ${MIDDLE + 1} of ${STEPS} — line 8 in <module>`);
    await expect(page.locator('.history-count')).toHaveText('1 / 1');

    // And back to the start, then to the heap the script left.
    await slider.fill('0');
    await expect(caption(page)).toHaveText(`Step 1 of ${STEPS} — line 1 in <module>`);
    await expect(nameRow(page, 'total')).toHaveCount(0);
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await expect(caption(page)).toHaveText(
      `After the script: the heap it left (${STEPS} steps run)`,
    );
    await expect(page.locator('.cm-step-line')).toHaveCount(0);
    await expect(nameRow(page, 'total')).toBeVisible();
    await expect(page.getByRole('button', { name: /^int 19900, refcount 1,/ })).toBeVisible();

    // One statement in the history, and the console shows it as a script.
    await page.getByRole('tab', { name: 'Console' }).click();
    await expect(transcriptEntries(page)).toHaveCount(1);
    await expect(transcriptEntries(page).first()).toContainText('script');
  });

  test('a step is read-only: gestures on it are refused, a console statement goes live', async ({
    page,
  }) => {
    await openFresh(page);
    await writeScript(page, PROGRAM);
    await page.getByRole('button', { name: 'Run script' }).click();
    const slider = page.getByRole('slider', { name: 'Step' });
    await slider.fill('3');
    await expect(frame(page, 'f')).toBeVisible();

    // Delete on a local of the step shown runs nothing.
    await frame(page, 'f').getByRole('button', { name: 'name x', exact: true }).click();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('status')).toContainText('a step of the script');

    await page.getByRole('tab', { name: 'Console' }).click();
    const input = page.getByRole('textbox', { name: 'Python console' });
    await input.click();
    await page.keyboard.type('b = a');
    await page.keyboard.press('Enter');
    await expect(transcriptEntries(page)).toHaveCount(2);
    await expect(frame(page, 'f')).toHaveCount(0);
    await expect(nameRow(page, 'b')).toBeVisible();
    await page.getByRole('tab', { name: 'Script' }).click();
    await expect(page.getByRole('slider', { name: 'Step' })).toHaveCount(0);
  });
});

test.describe('at 1280x800, in each theme', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    test(`the Script pane on a step inside a call has no axe violations (${theme})`, async ({
      page,
    }) => {
      await openFresh(page);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await writeScript(page, PROGRAM);
      await page.getByRole('button', { name: 'Run script' }).click();
      await page.getByRole('slider', { name: 'Step' }).fill('3');
      await expect(frame(page, 'f')).toBeVisible();
      await page.waitForTimeout(1000); // cards fade in: axe checks colours as drawn
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});

test.describe('at 960x540 (the compact layout)', () => {
  test.use({ viewport: { width: 960, height: 540 } });

  test('the Script tab of the console drawer, from the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'Console', exact: true }).click();
    const consoleTab = page.getByRole('tab', { name: 'Console' });
    await consoleTab.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Script' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Script' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('textbox', { name: 'Python script' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Python console' })).toBeHidden();

    await page.getByRole('button', { name: 'Run script' }).click();
    await expect(caption(page)).toHaveText(/^Step 1 of \d+ — line 1 in <module>$/);
    const forward = page.getByRole('button', { name: 'Step forward' });
    await expect(async () => {
      await forward.click();
      await expect(caption(page)).toHaveText(/in make\(\)$/, { timeout: 1000 });
    }).toPass();
    // The drawer opens on the right while stepping: the frames down the heap's left stay in view.
    await expect(frame(page, 'make')).toBeInViewport({ ratio: 1 });
    const drawer = (await page.locator('#drawer-console').boundingBox())!;
    const panel = (await frame(page, 'make').boundingBox())!;
    expect(panel.x + panel.width).toBeLessThan(drawer.x);
    await expect(
      frame(page, 'make').getByRole('button', { name: 'name n', exact: true }),
    ).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Console', exact: true })).toBeFocused();
    await expect(frame(page, 'make')).toBeInViewport();
  });
});
