/**
 * Share links and session management, as a teacher and their students would meet them: a link
 * copied with Share opens the same heap in another browser; a bad link (corrupt, truncated,
 * oversized, from a newer Heapscope, crafted) is refused with its message and the student's saved
 * session survives it; New session keeps the old one aside; typing while the history is scrubbed
 * back asks before dropping anything.
 *
 * Bad links are made here the way another program would make them (zlib and base64url from
 * Node), not with the page's own code.
 */
import { zlibSync } from 'fflate';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cardNames, runLine, transcriptEntries } from './console';
import { openFresh, settle, statements } from './explorer';

const KEY = 'heapscope.session';

function pack(json: string): string {
  return Buffer.from(zlibSync(Buffer.from(json, 'utf8'))).toString('base64url');
}

function wire(changes: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'heapscope-share',
    version: 1,
    statements: [{ source: 'a = [1]' }, { source: 'b = a' }],
    position: 2,
    ...changes,
  });
}

/** A page in `context` whose browser has its own saved session: `mine = [1, 2]`, `other = mine`. */
async function studentPage(context: BrowserContext): Promise<{ page: Page; saved: string }> {
  const page = await context.newPage();
  await openFresh(page);
  await runLine(page, 'mine = [1, 2]');
  await runLine(page, 'other = mine');
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(saved).toContain('other = mine');
  return { page, saved: saved! };
}

async function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const all: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      all[key] = localStorage.getItem(key)!;
    }
    return all;
  });
}

/** Shares the page's session with the Share button; returns the link the dialog shows. */
async function share(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this session' });
  await expect(dialog).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[\w-]+$/);
  return link;
}

const TEACHER = ['a = [1, 2]', 'b = a', "n1 = Node('n1')", 'c = [a, n1]', 'del b', 'd = {}'];

test('a shared link opens the same heap in a fresh browser, saving nothing there', async ({
  page,
  browser,
}) => {
  await openFresh(page);
  for (const line of TEACHER) await runLine(page, line);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.entry.undone')).toHaveCount(1);
  await page.getByRole('button', { name: 'Classes' }).click();
  await expect(page.getByRole('button', { name: 'Classes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await settle(page);
  const heap = await cardNames(page);
  expect(heap.filter((name) => name.startsWith('list [1, 2], refcount 2,'))).toHaveLength(1);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await share(page);
  const dialog = page.getByRole('dialog', { name: 'Share this session' });
  await expect(dialog.getByRole('status')).toHaveText(
    'The link is copied: paste it in a message, a slide or a browser.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(dialog).toContainText('It holds the 6 statements of this session as they were run');
  await expect(dialog).toContainText('(1 of them undone, as here)');
  await expect(dialog).toContainText('classes shown');
  await page.screenshot({ path: 'test-results/share-dialog.png' });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  await student.goto(link);
  await expect(student.getByRole('region', { name: 'This is a shared session' })).toContainText(
    'your own saved session is untouched',
  );
  await expect(student.locator('.entry.undone')).toHaveCount(1);
  expect(await statements(student)).toEqual(TEACHER);
  await expect(student.getByRole('button', { name: 'Classes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await settle(student);
  expect(await cardNames(student)).toEqual(heap);
  await student.screenshot({ path: 'test-results/share-opened-link.png' });
  // Nothing was written in the student's browser, and the link stays in the address.
  expect(await storage(student)).toEqual({});
  expect(student.url()).toBe(link);
  await fresh.close();
});

test('where the browser refuses the clipboard, the dialog says so and selects the link', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await openFresh(page);
  await runLine(page, 'a = []');
  const link = await share(page);
  const dialog = page.getByRole('dialog', { name: 'Share this session' });
  await expect(dialog.getByRole('status')).toContainText(
    'This browser did not let Heapscope copy the link: select it below and copy it',
  );
  const field = dialog.getByRole('textbox', { name: 'Link' });
  await expect(field).toBeFocused();
  expect(
    await field.evaluate((el: HTMLInputElement) =>
      el.value.slice(el.selectionStart!, el.selectionEnd!),
    ),
  ).toBe(link);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a link opened where a session is saved never destroys it', async ({ browser, page }) => {
  await openFresh(page);
  for (const line of TEACHER.slice(0, 3)) await runLine(page, line);
  const link = await share(page);

  const context = await browser.newContext();
  const { page: student, saved } = await studentPage(context);
  // Pasting the link into the open page's address: only its hash changes, and it opens.
  await student.goto(link);
  await expect(student.getByRole('region', { name: 'This is a shared session' })).toBeVisible();
  await expect.poll(() => statements(student)).toEqual(TEACHER.slice(0, 3));
  // Looking through the shared history changes nothing saved.
  await student.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(student.locator('.entry.undone')).toHaveCount(1);
  expect(await storage(student)).toEqual({ [KEY]: saved });

  // Back to my session: the student's own work, untouched; the link leaves the address.
  await student.getByRole('button', { name: 'Back to my session' }).click();
  await expect(student.getByRole('region', { name: 'This is a shared session' })).toBeHidden();
  // The banner goes first; the student's own transcript follows it.
  await expect.poll(() => statements(student)).toEqual(['mine = [1, 2]', 'other = mine']);
  expect(student.url()).not.toContain('#s=');
  expect(await storage(student)).toEqual({ [KEY]: saved });

  // Opened again, and run in: it becomes the saved one, the student's own kept aside and named.
  await student.goto(link);
  await expect(student.getByRole('region', { name: 'This is a shared session' })).toBeVisible();
  await runLine(student, 'e = 1');
  await expect(student.getByRole('alert')).toContainText(`${KEY}.before-shared-1`);
  await expect(student.getByRole('region', { name: 'This is a shared session' })).toBeHidden();
  const after = await storage(student);
  expect(after[`${KEY}.before-shared-1`]).toBe(saved);
  expect(after[KEY]).toContain('e = 1');
  expect(student.url()).not.toContain('#s=');
  await context.close();
});

const BAD_LINKS: [kind: string, text: () => string, message: RegExp][] = [
  [
    'corrupt',
    () => {
      const bytes = Buffer.from(pack(wire()), 'base64url');
      bytes[Math.floor(bytes.length / 2)]! ^= 0x5a;
      return bytes.toString('base64url');
    },
    /^This share link is damaged: part of it was changed or mistyped/,
  ],
  ['truncated', () => pack(wire()).slice(0, -9), /^This share link is incomplete: it was cut off/],
  [
    'oversized',
    () => pack(wire({ statements: Array.from({ length: 2001 }, () => ({ source: 'x = 1' })) })),
    /^This share link holds more than Heapscope opens \(it has 2001 statements/,
  ],
  [
    'newer version',
    () => pack(wire({ version: 7 })),
    /^This share link was made by a newer version of Heapscope \(it is format version 7; this page reads version 1\)\. Reload the page/,
  ],
  [
    'crafted',
    () =>
      pack(
        '{"format":"heapscope-share","version":1,"statements":[],"position":0,"__proto__":{"x":1}}',
      ),
    /^This share link does not hold a valid Heapscope session \(it holds a field named “__proto__”/,
  ],
  [
    'crafted (negative position)',
    () => pack(wire({ position: -3 })),
    /^This share link does not hold a valid Heapscope session \(the position in the history is negative\)/,
  ],
];

for (const [kind, text, message] of BAD_LINKS) {
  test(`bad link, ${kind}: refused with its message, and the saved session survives`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const { saved } = await studentPage(context);
    const page = await context.newPage();
    await page.goto(`/#s=${text()}`);
    const alert = page.getByRole('alert').filter({ hasText: 'This share link' });
    await expect(alert).toHaveText(message);
    await expect(alert).toContainText('Nothing saved in this browser was changed.');
    await expect(page.getByRole('region', { name: 'This is a shared session' })).toHaveCount(0);
    await expect(transcriptEntries(page)).toHaveCount(2);
    expect(await statements(page)).toEqual(['mine = [1, 2]', 'other = mine']);
    expect(await storage(page)).toEqual({ [KEY]: saved });
    if (kind === 'truncated') {
      await settle(page);
      await page.screenshot({ path: 'test-results/share-refused-link.png' });
    }
    // The person goes on with their own session, saved as before.
    await runLine(page, 'more = 1');
    expect(JSON.parse((await storage(page))[KEY]!).statements).toHaveLength(3);
    await context.close();
  });
}

test('New session asks, keeps the old session aside, and starts empty', async ({ page }) => {
  await openFresh(page);
  await runLine(page, 'a = [1, 2]');
  await runLine(page, 'b = a');
  const saved = (await storage(page))[KEY]!;

  await page.getByRole('button', { name: 'New session', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Start a new session?' });
  await expect(ask).toContainText('This session (2 statements) is copied aside');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect(await statements(page)).toEqual(['a = [1, 2]', 'b = a']);

  await page.getByRole('button', { name: 'New session', exact: true }).click();
  await ask.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `A new session has started. The previous one is kept in this browser's local storage under “${KEY}.previous-1”.`,
  );
  await expect(transcriptEntries(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^list / })).toHaveCount(0);
  const after = await storage(page);
  expect(after[`${KEY}.previous-1`]).toBe(saved);
  expect(JSON.parse(after[KEY]!)).toMatchObject({ statements: [], position: 0 });
  await runLine(page, 'c = []');
});

test('New session starts the CPython chosen, says so on the heap, and keeps it on reload', async ({
  page,
}) => {
  await openFresh(page);
  const badge = page.locator('.canvas-stage .profile-badge');
  await expect(badge).toHaveCount(0);
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Start a new session?' });
  await expect(ask.getByRole('radio', { name: /^CPython 3\.11/ })).toBeChecked();
  await ask.getByRole('radio', { name: /^CPython 2\.7/ }).check();
  await page.screenshot({ path: 'test-results/new-session-profile.png' });
  await ask.getByRole('button', { name: 'Start over' }).click();
  await expect(badge).toHaveText('CPython 2.7');
  // 2.7's call keeps the caller's reference on its stack: 4 inside the callee (3.11 prints 3).
  await runLine(page, 'import sys');
  await runLine(page, 'def f(x): print(sys.getrefcount(x))');
  const call = await runLine(page, 'f([])');
  await expect(call).toContainText('3');
  await runLine(page, 'a = []');
  await expect(await runLine(page, 'f(a)')).toContainText('4');
  expect(JSON.parse((await storage(page))[KEY]!)).toMatchObject({ profile: '2.7' });
  await page.reload();
  await expect(badge).toHaveText('CPython 2.7');
  // The choice starts at 3.11 each time it is asked.
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  await expect(ask.getByRole('radio', { name: /^CPython 3\.11/ })).toBeChecked();
  await ask.getByRole('button', { name: 'Start over' }).click();
  await expect(badge).toHaveCount(0);
  // The profile is set before the session restarts: the empty transcript says it has.
  await expect(transcriptEntries(page)).toHaveCount(0);
  await runLine(page, 'import sys');
  await runLine(page, 'def f(x): print(sys.getrefcount(x))');
  await runLine(page, 'a = []');
  await expect(await runLine(page, 'f(a)')).toContainText('3');
});

test('typing while the history is scrubbed back asks before dropping the later statements', async ({
  page,
}) => {
  await openFresh(page);
  for (const line of ['a = [1]', 'b = [a]', 'del a']) await runLine(page, line);
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.entry.undone')).toHaveCount(2);

  const input = page.getByRole('textbox', { name: 'Python console' });
  await input.click();
  await page.keyboard.type('c = len(a)');
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Drop the 2 later statements?' });
  await expect(ask).toContainText('The history is at statement 1 of 3');
  await expect(ask).toContainText('statements 2 to 3');
  await expect(ask).toContainText('c = len(a)');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: 'test-results/share-scrubbed-question.png' });

  // Cancel (here with Escape): nothing ran, nothing was dropped, the input is as typed.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  expect(await statements(page)).toEqual(['a = [1]', 'b = [a]', 'del a']);
  await expect(page.locator('.entry.undone')).toHaveCount(2);
  await expect(input).toHaveText('c = len(a)');

  // A gesture asks too.
  await page.getByRole('button', { name: 'New list' }).click();
  await expect(page.getByRole('dialog', { name: 'Drop the 2 later statements?' })).toContainText(
    '= []',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toContainText('Cancelled: nothing ran.');
  expect(await statements(page)).toEqual(['a = [1]', 'b = [a]', 'del a']);

  // Agreed: the statement runs where the history is, and the later ones are gone.
  await input.click();
  await page.keyboard.press('Enter');
  await ask.getByRole('button', { name: 'Drop them and run' }).click();
  await expect(ask).toBeHidden();
  expect(await statements(page)).toEqual(['a = [1]', 'c = len(a)']);
  await expect(page.locator('.entry.undone')).toHaveCount(0);
  await expect(input).not.toContainText('len(a)');
  await expect(transcriptEntries(page).last()).toContainText('c = len(a)');
});
