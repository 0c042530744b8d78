/**
 * Themes and presentation mode (issue 9): the Theme control sets <html data-theme>, the choice is
 * remembered, and with nothing chosen the theme follows the system's dark mode and contrast
 * settings. Presentation hides the side panels (they stay reachable as drawers), makes the type
 * and the drawing bigger, and is left with the button again or with Escape.
 */
import { expect, test, type Page } from '@playwright/test';
import { card, runLine } from './console';

const html = (page: Page) => page.locator('html');
const themeControl = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

test('the theme chosen is put on the page and remembered', async ({ page }) => {
  await openFresh(page);
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await expect(themeControl(page)).toHaveValue('auto');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await themeControl(page).selectOption('dark');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(themeControl(page)).toHaveValue('dark');

  await themeControl(page).selectOption('contrast');
  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'contrast');

  // Auto forgets the choice: the system's preference decides again.
  await themeControl(page).selectOption('auto');
  await page.reload();
  await expect(themeControl(page)).toHaveValue('auto');
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

test('with nothing chosen the theme follows prefers-color-scheme and prefers-contrast', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFresh(page);
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  // A change of the system's setting is followed while the page is open.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
  await expect(html(page)).toHaveAttribute('data-theme', 'contrast');
  // A choice wins over the system.
  await themeControl(page).selectOption('dark');
  await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
});

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('hides the side panels behind drawers, enlarges type and drawing, and Escape leaves it', async ({
    page,
  }) => {
    await openFresh(page);
    await runLine(page, 'a = [1, 2]');
    const list = card(page, /^list \[1, 2\], refcount /);
    await page.waitForTimeout(1500); // the card's entrance ends
    const before = (await list.boundingBox())!;
    const fontSize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
    const normalType = parseFloat(await fontSize());
    const presentation = page.getByRole('button', { name: 'Presentation' });

    await presentation.click();
    await expect(presentation).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('textbox', { name: 'Python console' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
    expect(parseFloat(await fontSize())).toBeGreaterThanOrEqual(normalType * 1.4);
    // The card keeps its accessible name and is drawn half as big again.
    await expect(list).toHaveAccessibleName(/^list \[1, 2\], refcount 1/);
    await expect
      .poll(async () => (await list.boundingBox())!.width / before.width)
      .toBeCloseTo(1.5, 1);

    // The drawers are still there.
    await page.getByRole('button', { name: 'Console', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Python console' })).toBeFocused();
    await page.keyboard.type('b = a');
    await page.keyboard.press('Enter');
    await expect(card(page, /^list \[1, 2\], refcount 2/)).toBeVisible();
    // The first Escape closes the drawer, the next leaves presentation mode.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Python console' })).toBeHidden();
    await expect(presentation).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(presentation).toHaveAttribute('aria-pressed', 'false');
    await expect(html(page)).not.toHaveAttribute('data-presentation', /./);
    await expect(page.getByRole('textbox', { name: 'Python console' })).toBeVisible();
    await expect
      .poll(async () => (await list.boundingBox())!.width / before.width)
      .toBeCloseTo(1, 1);

    // The button leaves it too.
    await presentation.click();
    await expect(presentation).toHaveAttribute('aria-pressed', 'true');
    await presentation.click();
    await expect(presentation).toHaveAttribute('aria-pressed', 'false');
  });

  test('Escape first clears a selection, and never leaves while a dialog is open', async ({
    page,
  }) => {
    await openFresh(page);
    await runLine(page, 'a = [1, 2]');
    const presentation = page.getByRole('button', { name: 'Presentation' });
    await presentation.click();
    await card(page, /^list \[1, 2\], refcount /).click();
    await page.keyboard.press('Escape'); // clears the selection
    await expect(presentation).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
    await page.keyboard.press('Escape'); // closes the dialog
    await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeHidden();
    await expect(presentation).toHaveAttribute('aria-pressed', 'true');
    // With a selection again (the dialog may or may not give the focus back to the card, which
    // would select it), Escape clears that first.
    await card(page, /^list \[1, 2\], refcount /).click();
    await page.keyboard.press('Escape');
    await expect(presentation).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(presentation).toHaveAttribute('aria-pressed', 'false');
  });
});

for (const screen of [
  { name: 'a 960x540 slide', width: 960, height: 540, scale: 1 },
  { name: 'a 1280x720 projector at 150% zoom', width: 853, height: 480, scale: 1.5 },
  { name: 'a 1280x720 projector', width: 1280, height: 720, scale: 1 },
]) {
  test.describe(`presenting on ${screen.name}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
    });

    test('the header stays on one line and every control in it on screen', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Presentation' }).click();
      await expect(html(page)).toHaveAttribute('data-presentation', 'on');
      const header = page.locator('.app-header');
      expect(await header.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      const controls = header.locator('button:visible, select:visible');
      expect(await controls.count()).toBeGreaterThanOrEqual(5);
      for (const control of await controls.all()) {
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
      }
      for (const name of ['Console', 'Inspector', 'Presentation']) {
        await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
      }
      await expect(themeControl(page)).toBeInViewport();
    });
  });
}
