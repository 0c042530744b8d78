import { expect, test } from '@playwright/test';
import { card, runLine } from './console';
import {
  cardOf,
  dragName,
  dragReference,
  expectStatement,
  fitView,
  focusedName,
  nameRow,
  openFresh,
  settle,
  statements,
  tabTo,
} from './explorer';

const LOST = /^list \[\[\[\.\.\.\]\]\], refcount 1, unreachable\b/;
const CYCLE = ['a = []', 'b = []', 'a.append(b)', 'b.append(a)', 'del a', 'del b'];

test('with the mouse: two lists hold each other, outlive their names, come back with undo and a reload', async ({
  page,
}) => {
  await openFresh(page);
  const status = page.getByRole('status');

  await page.getByRole('button', { name: 'New list' }).click();
  await expectStatement(page, 'a = []');
  await page.getByRole('button', { name: 'New list' }).click();
  await expectStatement(page, 'b = []');

  const a = await cardOf(page, 'a');
  const b = await cardOf(page, 'b');
  await dragReference(page, a, b);
  await expectStatement(page, 'a.append(b)');
  await expect(status).toContainText('list refcount 2 (+1: a[0])');
  await dragReference(page, b, a);
  await expectStatement(page, 'b.append(a)');
  await expect(a).toHaveAccessibleName(/^list \[\[\[\.\.\.\]\]\], refcount 2\b/);
  await settle(page);
  await page.screenshot({ path: 'test-results/explorer-mouse-cycle.png' });

  await nameRow(page, 'a').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del a');
  await nameRow(page, 'b').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del b');
  expect(await statements(page)).toEqual(CYCLE);

  // Both lists are still alive (each holds the other), and marked: no name reaches them.
  await expect(card(page, LOST)).toHaveCount(2);
  await expect(nameRow(page, 'a')).toHaveCount(0);
  await card(page, LOST).first().click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Reached asNothing: no name reaches it');
  await settle(page);
  await page.screenshot({ path: 'test-results/explorer-mouse-unreachable.png' });

  // Python can't touch them: dragging a new name onto one is refused, with the reason.
  await page.getByRole('button', { name: 'New list' }).click();
  await expectStatement(page, 'a = []');
  await dragName(page, 'a', card(page, LOST).first());
  await expect(status).toContainText('No name reaches list [[[...]]]');
  expect(await statements(page)).toEqual([...CYCLE, 'a = []']);

  // Undo twice: the new `a = []` and `del b` are undone, b names its list again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(nameRow(page, 'b')).toBeVisible();
  await expect(card(page, /^list \[\[\[\.\.\.\]\]\], refcount 2\b/)).toHaveCount(1);
  await expect(card(page, LOST)).toHaveCount(0);
  await expect(status).toContainText('Undid del b');
  await expect(page.locator('.entry.undone')).toHaveCount(2);
  const heap = await page
    .locator('g.node:not(.exiting) > g.hit')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).sort());
  await settle(page);
  await page.screenshot({ path: 'test-results/explorer-mouse-undo.png' });

  // A reload replays the saved statements: the same heap, the same addresses, the same history.
  await page.reload();
  await expect(nameRow(page, 'b')).toBeVisible();
  const reloaded = await page
    .locator('g.node:not(.exiting) > g.hit')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).sort());
  expect(reloaded).toEqual(heap);
  expect(await statements(page)).toEqual([...CYCLE, 'a = []']);
  await expect(page.locator('.entry.undone')).toHaveCount(2);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(card(page, LOST)).toHaveCount(2);
});

test('with the keyboard alone: the same cycle, deleted names, and undo', async ({ page }) => {
  await openFresh(page);
  const status = page.getByRole('status');

  // From the console, Tab to the palette and make two lists.
  await tabTo(page, /^New list$/);
  await page.keyboard.press('Enter');
  await expectStatement(page, 'a = []');
  await page.keyboard.press('Enter');
  await expectStatement(page, 'b = []');

  // Tab to a's card, press R, Tab to b's card, Enter: a.append(b).
  await tabTo(page, /^list \[\], refcount 1\b/);
  const aId = await page.evaluate(() => document.activeElement?.parentElement?.dataset.id);
  expect(aId).toBe(await nameRow(page, 'a').getAttribute('data-target'));
  await page.keyboard.press('r');
  await expect(status).toContainText('Pick the object that a will refer to');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toMatch(/^list \[\], refcount 1\b/);
  await page.keyboard.press('Enter');
  await expectStatement(page, 'a.append(b)');

  // Still on b's card: R, ↑ to a's card (the nearest item above), Enter: b.append(a).
  expect(await focusedName(page)).toMatch(/^list \[\], refcount 2\b/);
  await page.keyboard.press('r');
  await expect(status).toContainText('Pick the object that b will refer to');
  await page.keyboard.press('ArrowUp');
  expect(await focusedName(page)).toMatch(/^list \[\[\]\], refcount 1\b/);
  // ↓ from a card enters its references; ↑ comes back.
  await page.keyboard.press('ArrowDown');
  expect(await focusedName(page)).toMatch(/^reference \[0\] to list \[\]/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expectStatement(page, 'b.append(a)');
  await settle(page);
  await page.screenshot({ path: 'test-results/explorer-keyboard-cycle.png' });

  // Shift+Tab back to the name rows; Delete deletes the focused name.
  await tabTo(page, /^name b$/, true);
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del b');
  await tabTo(page, /^name a$/, true);
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del a');
  expect(await statements(page)).toEqual([...CYCLE.slice(0, 4), 'del b', 'del a']);
  await expect(card(page, LOST)).toHaveCount(2);
  // The focus stayed on the canvas instead of falling off the page.
  expect(await focusedName(page)).not.toBe('');

  // Delete on a card explains instead of doing something impossible.
  await tabTo(page, LOST);
  await page.keyboard.press('Delete');
  await expect(status).toContainText('An object is never deleted directly');
  await settle(page);
  await page.screenshot({ path: 'test-results/explorer-keyboard-unreachable.png' });

  await page.keyboard.press('Control+z');
  await expect(nameRow(page, 'a')).toBeVisible();
  await expect(status).toContainText('Undid del a');
  await expect(card(page, LOST)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, LOST)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(nameRow(page, 'b')).toBeVisible();
  await expect(card(page, /^list \[\[\[\.\.\.\]\]\], refcount 2\b/)).toHaveCount(2);

  // The help overlay lists the keys; Escape closes it.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Delete the selected name (del b)');
  await page.screenshot({ path: 'test-results/explorer-help.png' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('dict keys and attributes are asked for, and a selected arrow is deleted with Delete', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'New list' }).click();
  await page.getByRole('button', { name: 'New dict' }).click();
  await expectStatement(page, 'd = {}');
  await dragReference(page, await cardOf(page, 'd'), await cardOf(page, 'a'));
  const ask = page.getByRole('dialog', { name: 'Key for the new entry' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText("Runs: d['k'] = a");
  await page.screenshot({ path: 'test-results/explorer-key-prompt.png' });
  // Enter goes to the field once the dialog has given it the focus.
  await expect(ask.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStatement(page, "d['k'] = a");

  await page.getByRole('button', { name: 'New Node' }).click();
  await expectStatement(page, "n1 = Node('n1')");
  await page.getByRole('button', { name: 'New Node' }).click();
  await expectStatement(page, "n2 = Node('n2')");
  // The layered layout stacks what names hold down the first column: n2, the fourth, is under
  // the Collect bar until the view fits the heap, as a person would make it.
  await fitView(page);
  await dragReference(page, await cardOf(page, 'n1'), await cardOf(page, 'n2'));
  const attribute = page.getByRole('dialog', { name: 'Attribute for the new reference' });
  await expect(attribute).toBeVisible();
  await expect(attribute.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStatement(page, 'n1.next = n2');

  // Rebind a name by dragging it onto another card.
  await dragName(page, 'a', await cardOf(page, 'n2'));
  await expectStatement(page, 'a = n2');

  // Click the arrow of n1.next (its slot cell), then Delete: del n1.next.
  const n1 = await cardOf(page, 'n1');
  await n1
    .locator('xpath=..')
    .getByRole('button', { name: /^reference \.next to Node/ })
    .click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Delete: del n1.next',
  );
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del n1.next');

  // The dict entry: select its arrow, Delete.
  const d = await cardOf(page, 'd');
  await d
    .locator('xpath=..')
    .getByRole('button', { name: /^reference \['k'\]/ })
    .click();
  await page.keyboard.press('Delete');
  await expectStatement(page, "del d['k']");
  await settle(page);
  await page.screenshot({ path: 'test-results/explorer-references.png' });

  // Finalized prints from __del__ when its last name goes.
  await page.getByRole('button', { name: 'New Finalized' }).click();
  await expectStatement(page, "f1 = Finalized('f1')");
  await nameRow(page, 'f1').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del f1');
  await expect(page.getByRole('list', { name: 'Transcript' })).toContainText(
    '__del__ called for f1',
  );

  // A class typed in the console joins the palette.
  await runLine(page, 'class Point: pass');
  await page.getByRole('button', { name: 'New Point' }).click();
  await expectStatement(page, 'p1 = Point()');
});

test('unreadable saved text is kept aside, explained, and the app starts a new session', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('heapscope.session', '{"format": "heapscope'));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The saved session could not be read: it is not valid JSON');
  await expect(alert).toContainText('heapscope.session.unreadable-1');
  expect(await page.evaluate(() => localStorage.getItem('heapscope.session.unreadable-1'))).toBe(
    '{"format": "heapscope',
  );
  await runLine(page, 'x = [1]');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(card(page, /^list \[1\], refcount 1\b/)).toHaveCount(1);
});

test('a name is pointed at another object from the keyboard, and Escape cancels a pick', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('textbox', { name: 'Python console' }).press('Tab');
  await page.keyboard.press('l');
  await expectStatement(page, 'a = []');
  await page.keyboard.press('n');
  await expectStatement(page, "n1 = Node('n1')");

  await tabTo(page, /^name a$/);
  await page.keyboard.press('r');
  await expect(page.getByRole('status')).toContainText(
    'Pick the object that the name a will refer to',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toContainText('Cancelled: nothing ran.');

  await page.keyboard.press('r');
  await tabTo(page, /^Node name='n1' next=None, refcount 1\b/);
  await page.keyboard.press('Enter');
  await expectStatement(page, 'a = n1');
  await expect(page.getByRole('status')).toContainText('list freed');
  expect(await statements(page)).toEqual(['a = []', "n1 = Node('n1')", 'a = n1']);
});

test('the timeline scrubs back and forth through the session', async ({ page }) => {
  await openFresh(page);
  for (const line of ['a = [1]', 'b = [a]', 'del a']) await runLine(page, line);
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-valuetext', 'After statement 3 of 3: del a');

  await timeline.focus();
  await page.keyboard.press('Home');
  await expect(card(page, /^list /)).toHaveCount(0);
  await expect(page.locator('.entry.undone')).toHaveCount(3);
  await page.keyboard.press('ArrowRight');
  await expect(card(page, /^list \[1\], refcount 1\b/)).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(card(page, /^list \[1\], refcount 2\b/)).toHaveCount(1);
  await expect(timeline).toHaveAttribute('aria-valuetext', 'After statement 2 of 3: b = [a]');
  await page.keyboard.press('End');
  await expect(nameRow(page, 'a')).toHaveCount(0);
  await expect(card(page, /^list \[1\], refcount 1\b/)).toHaveCount(1);
  await expect(page.locator('.entry.undone')).toHaveCount(0);
});
