/**
 * "Copy embed code", as a teacher uses it: run a few statements, choose what the embed shows,
 * copy the snippet; then a course page holding that snippet (served here from the app's origin,
 * without the app's isolation headers, as a course page would be) shows the same heap in its
 * frame, as chosen. The dialog is keyboard-accessible (Escape closes it, the focus comes back),
 * says so where the clipboard is refused, says why where the session is too large for a link, and
 * passes axe in every theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, runLine } from './console';
import { openFresh } from './explorer';

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Copy embed code', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy embed code' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** A page of a course at `url` (on the app's origin) whose body holds `html`. */
async function coursePage(page: Page, url: string, html: string): Promise<void> {
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Week 3: references</title></head><body><h1>Week 3</h1>${html}</body></html>`,
    }),
  );
  await page.goto(url);
}

test('the copied snippet, pasted into a course page, shows this session as chosen', async ({
  page,
  baseURL,
}) => {
  await openFresh(page);
  await runLine(page, 'a = [1, 2]');
  await runLine(page, 'b = a');
  await expect(card(page, /^list \[1, 2\], refcount 2\b/)).toHaveCount(1);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  const dialog = await openDialog(page);
  await dialog.getByRole('combobox', { name: 'Controls' }).selectOption('step');
  await dialog.getByRole('combobox', { name: 'Console' }).selectOption('read-only');
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'The embed code is copied: paste it where the page takes HTML.',
  );
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  // One frame, with a title (the first statement by default), sized for a slide.
  expect(snippet).toMatch(
    /^<iframe src="[^"<>]+" title="Heapscope: a = \[1, 2\]" width="960" height="540" [^<>]*><\/iframe>$/,
  );
  // Its address is this page's, escaped in the attribute, with only what differs from the
  // embed's defaults (controls=step is one), and the session as a share link.
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  const url = new URL(src);
  expect(`${url.origin}${url.pathname}`).toBe(`${baseURL}/`);
  expect([...url.searchParams]).toEqual([
    ['embed', '1'],
    ['console', 'read-only'],
    ['theme', 'dark'],
  ]);
  expect(url.hash).toMatch(/^#s=[\w-]+$/);
  await expect(dialog.getByRole('link', { name: 'Open this embed in a new tab' })).toHaveAttribute(
    'href',
    src,
  );
  await page.screenshot({ path: 'test-results/embed-code-dialog.png' });

  await coursePage(page, `${baseURL}/course/week-3.html`, snippet);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('title', 'Heapscope: a = [1, 2]');
  const frame = page.frameLocator('iframe');
  // The frame starts its own interpreter and replays the session: give a loaded machine time.
  await expect(card(frame, /^list \[1, 2\], refcount 2\b/)).toHaveCount(1, { timeout: 30_000 });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.getByRole('group', { name: 'Steps' })).toBeVisible();
  // The console is read-only: its transcript is there, its input is not.
  await expect(frame.getByRole('list', { name: 'Transcript' })).toContainText('b = a');
  await expect(frame.getByRole('textbox', { name: 'Python console' })).toHaveCount(0);
  const box = (await iframe.boundingBox())!;
  expect([box.width, box.height]).toEqual([960, 540]);
  await page.screenshot({ path: 'test-results/embed-code-course-page.png' });
});

test("an embed with an id starts from the snippet's session, then keeps what the reader made of it", async ({
  page,
}) => {
  await openFresh(page);
  await runLine(page, 'a = [1, 2]');
  const dialog = await openDialog(page);
  await dialog.getByRole('combobox', { name: 'Controls' }).selectOption('full');
  await dialog.getByRole('combobox', { name: 'Console' }).selectOption('full');
  await dialog.getByRole('textbox', { name: 'Id (optional)' }).fill('week-3');
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(new URL(src).searchParams.get('id')).toBe('week-3');

  await page.goto(src);
  await expect(card(page, /^list \[1, 2\], refcount 1\b/)).toHaveCount(1, { timeout: 30_000 });
  await runLine(page, 'b = a');
  await expect(card(page, /^list \[1, 2\], refcount 2\b/)).toHaveCount(1);
  // The same snippet again: the reader's own session under the id, not the link's first one.
  await page.reload();
  await expect(card(page, /^list \[1, 2\], refcount 2\b/)).toHaveCount(1, { timeout: 30_000 });
  // The full app's session was never touched.
  await page.goto('/');
  await expect(card(page, /^list \[1, 2\], refcount 1\b/)).toHaveCount(1, { timeout: 30_000 });
});

test('the dialog works from the keyboard, and where the clipboard is refused it selects the code', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await openFresh(page);
  await runLine(page, 'x = {"k": [1]}');
  const button = page.getByRole('button', { name: 'Copy embed code', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Copy embed code' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Controls' })).toBeFocused();
  // The title follows the first statement, escaped in the snippet.
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/ title="Heapscope: x = \{&quot;k&quot;: \[1\]\}" /);
  // A bad id is named and there is no code until it is fixed.
  await dialog.getByRole('textbox', { name: 'Id (optional)' }).fill('week 3');
  await expect(dialog.getByRole('textbox', { name: 'Id (optional)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(dialog).toContainText('Id: letters, digits, - and _ only');
  await expect(code).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Copy', exact: true })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Id (optional)' }).fill('week-3');
  await expect(code).toHaveValue(/\?embed=1&amp;theme=light&amp;id=week-3#s=[\w-]+" /);

  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'This browser did not let Heapscope copy it',
  );
  await expect(code).toBeFocused();
  const all = await code.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(all).toBe(await code.inputValue());

  // Escape closes it, and the focus is back on the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // Opened again, it kept the choices for the next embed, but not the id (one per embed).
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Id (optional)' })).toHaveValue('');
  // Closed and opened again at once (the browser tells the page of a close later): it opens.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Controls' })).toBeFocused();
});

test('a session too large for a link is refused with its reason; an empty embed can still be made', async ({
  page,
}) => {
  await openFresh(page);
  // One statement longer than a share link holds (32,768 characters).
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.insertText(`s = "${'x'.repeat(33_000)}"`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Transcript' }).getByRole('listitem')).toHaveCount(
    1,
    { timeout: 15_000 },
  );
  const dialog = await openDialog(page);
  await expect(dialog.getByRole('alert')).toHaveText(
    /^This session is too large to share as a link: statement 1 is longer than 32,768 characters\.$/,
  );
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: /^Open with this session/ }).uncheck();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;theme=light" /);
  expect(code).toContain('title="Heapscope: Python heap"');
});

/** The header's controls by their accessible names, which every layout keeps. */
function headerControls(page: Page): Locator[] {
  return [
    page.getByRole('button', { name: 'Share', exact: true }),
    page.getByRole('button', { name: 'Copy embed code', exact: true }),
    page.getByRole('button', { name: 'New session', exact: true }),
    page.getByRole('combobox', { name: 'Theme', exact: true }),
    page.getByRole('button', { name: 'Presentation', exact: true }),
    page.getByRole('button', { name: /^Keys/ }),
  ];
}

const SCREENS = [
  { name: 'a 1280x800 screen', width: 1280, height: 800, scale: 1 },
  { name: 'a 960x540 slide', width: 960, height: 540, scale: 1 },
  { name: 'a 1280x720 projector at 150% zoom', width: 853, height: 480, scale: 1.5 },
];

for (const screen of SCREENS) {
  test.describe(`on ${screen.name}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
    });

    test('the header holds Copy embed code and its other controls on one line, on screen', async ({
      page,
    }) => {
      await page.goto('/');
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await expect(page.getByRole('region', { name: 'Heap' })).toBeVisible();
      const header = page.locator('.app-header');
      const bar = (await header.boundingBox())!;
      for (const control of headerControls(page)) {
        await expect(control).toBeVisible();
        const box = (await control.boundingBox())!;
        // Inside the header and the window, and not pushed onto a second line.
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
        expect(box.y).toBeGreaterThanOrEqual(bar.y);
        expect(box.y + box.height).toBeLessThanOrEqual(bar.y + bar.height);
      }
      // One line: the header is no taller than its tallest control and its padding.
      expect(bar.height).toBeLessThan(50);
      expect(await header.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      await page.screenshot({
        path: `test-results/embed-code-header-${screen.width}x${screen.height}.png`,
        clip: { x: 0, y: 0, width: screen.width, height: 60 },
      });
      // The button opens the dialog here too, with its buttons in reach.
      const dialog = await openDialog(page);
      const done = dialog.getByRole('button', { name: 'Done' });
      await done.scrollIntoViewIfNeeded();
      await expect(done).toBeInViewport();
      await page.screenshot({
        path: `test-results/embed-code-dialog-${screen.width}x${screen.height}.png`,
      });
    });
  });
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`the dialog has no axe violations in the ${theme} theme`, async ({ page }) => {
    await openFresh(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await runLine(page, 'a = [1, 2]');
    const dialog = await openDialog(page);
    // The embed's theme starts as the page's.
    await expect(dialog.getByRole('combobox', { name: 'Theme' })).toHaveValue(theme);
    const scan = async (what: string) => {
      const { violations } = await new AxeBuilder({ page }).include('dialog[open]').analyze();
      expect(violations, `${theme}: ${what}`).toEqual([]);
    };
    await scan('the dialog');
    // Its problem messages, and autoplay's field enabled.
    await dialog.getByRole('checkbox', { name: 'Autoplay' }).check();
    await dialog.getByRole('spinbutton', { name: 'Autoplay: seconds per step' }).fill('0');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('');
    await expect(
      dialog.getByText('No embed code until the fields marked above are fixed.'),
    ).toBeVisible();
    await scan('the dialog with problems');
    await page.screenshot({ path: `test-results/embed-code-dialog-${theme}.png` });
  });
}
