import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { card, runLine } from './console';

test('the empty main screen has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Python console' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('the main screen with a heap, a selection and an error has no axe violations', async ({
  page,
}) => {
  await page.goto('/');
  await runLine(page, 'a = [1, 2]');
  await runLine(page, 'd = {"k": a}');
  await runLine(page, 'zz');
  await card(page, /^list \[1, 2\], refcount /).click();
  await page.waitForTimeout(3500); // let the animation finish: axe checks colours as drawn
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('the explorer has no axe violations: unreachable cards, a selected name, dialogs, a storage notice', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  for (const line of ['a = []', 'b = []', 'a.append(b)', 'b.append(a)', 'del a', 'd = {}']) {
    await runLine(page, line);
  }
  await runLine(page, 'del b');
  await runLine(page, "n1 = Node('n1')");
  // An undone statement stays in the transcript, dimmed: its contrast is checked too.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.entry.undone')).toHaveCount(1);
  await page.getByRole('button', { name: 'name d', exact: true }).click();
  await expect(card(page, /, unreachable\b/)).toHaveCount(2);
  await page.waitForTimeout(3500);
  const scan = async () => (await new AxeBuilder({ page }).analyze()).violations;
  expect(await scan()).toEqual([]);

  // A selected reference, and the setup's objects drawn.
  await page.getByRole('button', { name: 'Classes' }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.keyboard.press('Escape');

  // The question asked before `d['k'] = …` runs.
  await page.getByRole('button', { name: 'name d', exact: true }).click();
  const d = page.getByRole('button', { name: /^dict \{\}, refcount 1\b/ });
  await d.click();
  await page.keyboard.press('r');
  await d.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Key for the new entry' })).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.keyboard.press('Escape');

  // The banner shown when the saved session can't be read.
  await page.evaluate(() => localStorage.setItem('heapscope.session', 'garbage'));
  await page.reload();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await scan()).toEqual([]);
});

test('a running statement with its Stop button, and the restore question, have no axe violations', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await runLine(page, 'n = 0');
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.type('while True: n += 1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('n');
  await page.keyboard.press('Enter'); // refused while it runs: the notice shows
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('The last statement is still running')).toBeVisible();
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden({ timeout: 10_000 });

  await page.evaluate(() =>
    localStorage.setItem(
      'heapscope.session',
      JSON.stringify({
        format: 'heapscope-session',
        version: 2,
        position: 1,
        statements: [{ source: 'while True: pass', origin: 'console' }],
      }),
    ),
  );
  await page.reload();
  await expect(
    page.getByRole('dialog', { name: 'Your session was not fully restored' }),
  ).toBeVisible({
    timeout: 10_000,
  });
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

/**
 * Each theme, chosen with the Theme control, on every screen the page has: a heap with a
 * selection and an error, the keys dialog, a running statement with its Stop button, the
 * collector's walkthrough, and presentation mode with its drawers open. axe checks colour
 * contrast as drawn (the canvas's SVG text, which axe skips, is checked in themeContrast.test.ts).
 */
for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`the ${theme} theme has no axe violations on any screen`, async ({ page }) => {
    test.setTimeout(150_000);
    const scan = async (what: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations, `${theme}: ${what}`).toEqual([]);
    };
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    for (const line of ['a = [1, 2]', 'd = {"k": a}', 'n1 = Node("n1")', 'x = []', 'x.append(x)']) {
      await runLine(page, line);
    }
    await runLine(page, 'del x');
    await runLine(page, 'zz');
    await card(page, /^list \[1, 2\], refcount /).click();
    await page.waitForTimeout(3500); // the animation ends: axe checks colours as drawn
    await scan('a heap, a selection, an error');

    await page.getByRole('button', { name: /^Keys/ }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
    await scan('the keys dialog');
    await page.keyboard.press('Escape');

    await runLine(page, 'n = 0');
    await page.getByRole('textbox', { name: 'Python console' }).click();
    await page.keyboard.type('while True: n += 1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('n');
    await page.keyboard.press('Enter'); // refused while it runs: the notice shows
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('The last statement is still running')).toBeVisible();
    await scan('a running statement');
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden({ timeout: 10_000 });
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');

    await page.getByRole('button', { name: 'Collect', exact: true }).click();
    await expect(page.locator('.collector-caption')).toContainText('Step 1 of');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForTimeout(800);
    await scan("the collector's walkthrough");
    await page.getByRole('button', { name: 'Skip to end' }).click();

    await page.getByRole('button', { name: 'Presentation' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
    await page.getByRole('button', { name: 'Console', exact: true }).click();
    await page.waitForTimeout(3500);
    await scan('presentation mode, the console open');
    await page.getByRole('button', { name: 'Inspector', exact: true }).click();
    await scan('presentation mode, the inspector open');
  });
}
