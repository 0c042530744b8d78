import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, runLine, transcriptEntries } from './console';
import { caption, gcBadge, shoot, step } from './collector';
import {
  cardOf,
  dragReference,
  expectStatement,
  nameRow,
  openFresh,
  settle,
  statements,
  tabTo,
} from './explorer';

// A classroom projector's size: the four rows of cards and the walkthrough's bar all in view.
test.use({ viewport: { width: 1280, height: 800 } });

const LOST = /^list \[\[\[\.\.\.\]\]\], refcount 1, unreachable\b/;
const CYCLE = ['a = []', 'b = []', 'a.append(b)', 'b.append(a)', 'del a', 'del b'];

/** The two lists of the cycle, by address, while they are still drawn. */
async function cycleCards(page: Page): Promise<[Locator, Locator]> {
  const ids = await card(page, LOST).evaluateAll((els) =>
    els.map((el) => el.parentElement!.getAttribute('data-id')!),
  );
  expect(ids).toHaveLength(2);
  return [
    page.locator(`g.node[data-id="${ids[0]}"] > g.hit`),
    page.locator(`g.node[data-id="${ids[1]}"] > g.hit`),
  ];
}

/**
 * Steps through the whole collection of the two lists, checking the caption and the badges at
 * each phase, with a screenshot of each.
 */
async function walkThrough(page: Page, prefix: string, keyboard: boolean): Promise<void> {
  const [first, second] = await cycleCards(page);
  const badges = async () => [
    await gcBadge(first).textContent(),
    await gcBadge(second).textContent(),
  ];

  await expect(caption(page)).toContainText('collect The collector starts on generations 0–2');
  await expect(caption(page)).toContainText('Step 1 of 11');
  // Until the deletion, the heap before the collection stays on screen.
  await expect(card(page, LOST)).toHaveCount(2);
  await shoot(page, `${prefix}-1-start`);

  expect(await step(page, keyboard)).toContain('updateRefs Each object’s refcount is copied');
  expect(await badges()).toEqual(['gc_refs 1', 'gc_refs 1']);
  await shoot(page, `${prefix}-2-update-refs`);

  // subtractRefs, one internal reference at a time: its arrow lit, its target's count down.
  expect(await step(page, keyboard)).toMatch(
    /subtractRefs List …\w{4}’s reference \[0\] to list …\w{4} comes from inside the generation: gc_refs 1 → 0\./,
  );
  await expect(page.locator('g.edge.gc-subtract')).toHaveCount(1);
  expect((await badges()).sort()).toEqual(['gc_refs 0', 'gc_refs 1']);
  await shoot(page, `${prefix}-3-subtract`);
  await step(page, keyboard);
  expect(await badges()).toEqual(['gc_refs 0', 'gc_refs 0']);
  await expect(page.locator('g.edge.gc-subtract')).toHaveCount(1);
  await shoot(page, `${prefix}-4-subtract`);

  expect(await step(page, keyboard)).toContain(
    'subtractRefs References from inside the generation don’t keep anything alive by themselves',
  );
  await expect(page.locator('g.edge.gc-subtract')).toHaveCount(0);

  expect(await step(page, keyboard)).toContain('moveUnreachable Objects with gc_refs above 0');
  expect(await step(page, keyboard)).toContain(
    'moveUnreachable The rest, 2 objects, are gathered as unreachable (✗)',
  );
  expect(await badges()).toEqual(['✗ unreachable · gc_refs 0', '✗ unreachable · gc_refs 0']);
  await expect(page.locator('g.node.gc-unreachable')).toHaveCount(2);
  await shoot(page, `${prefix}-5-gathered`);

  expect(await step(page, keyboard)).toContain(
    'handleWeakrefs No weak reference points at the garbage',
  );
  expect(await step(page, keyboard)).toContain(
    'handleResurrectedObjects Callbacks and __del__ could have made garbage reachable again',
  );
  await shoot(page, `${prefix}-6-resurrection`);

  // deleteGarbage: the heap after the collection is drawn, and the two lists fade away.
  expect(await step(page, keyboard)).toMatch(
    /deleteGarbage tp_clear on list …\w{4} drops the references it holds, breaking the cycle/,
  );
  await shoot(page, `${prefix}-7-delete`);
  await expect(card(page, LOST)).toHaveCount(0);

  expect(await step(page, keyboard)).toContain('gc.collect(2) returned 2: 2 objects collected.');
  await expect(caption(page).locator('.returned')).toHaveText('2');
  await expect(page.locator('g.gc-badge')).toHaveCount(0);
  await expect(transcriptEntries(page).last().locator('.entry-output')).toHaveText('2');
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeDisabled();
  await settle(page);
  await page.screenshot({ path: `test-results/${prefix}-8-done.png` });
}

test('with the mouse: a cycle outlives its names, Collect walks through the collection and frees it, undo and a reload bring it back', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'New list' }).click();
  await expectStatement(page, 'a = []');
  await page.getByRole('button', { name: 'New list' }).click();
  await expectStatement(page, 'b = []');
  await dragReference(page, await cardOf(page, 'a'), await cardOf(page, 'b'));
  await expectStatement(page, 'a.append(b)');
  await dragReference(page, await cardOf(page, 'b'), await cardOf(page, 'a'));
  await expectStatement(page, 'b.append(a)');
  await nameRow(page, 'a').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del a');
  await nameRow(page, 'b').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del b');

  // Both still alive (each holds the other), and marked: only the collector can find them.
  await expect(card(page, LOST)).toHaveCount(2);
  await expect(page.locator('g.node.unreachable .lost-tag').first()).toBeVisible();
  await expect(page.locator('g.node.unreachable .lost-tag').first()).toContainText(
    'only the collector can find it',
  );
  // The reachability overlay can be switched off and on again.
  const overlay = page.getByRole('button', { name: 'Reachability' });
  await expect(overlay).toHaveAttribute('aria-pressed', 'true');
  await overlay.click();
  await expect(page.locator('g.node.unreachable .lost-tag').first()).toBeHidden();
  await overlay.click();
  await expect(page.locator('g.node.unreachable .lost-tag').first()).toBeVisible();
  await card(page, LOST).first().click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Why is it alive?');
  await expect(inspector).toContainText('No name reaches it through strong references');
  await settle(page);
  await page.screenshot({ path: 'test-results/collector-mouse-0-unreachable.png' });

  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await expectStatement(page, 'gc.collect(2)');
  expect(await statements(page)).toEqual([...CYCLE, 'import gc', 'gc.collect(2)']);
  await walkThrough(page, 'collector-mouse', false);
  await expect(page.getByRole('status')).toContainText(
    'The collector (generation 2) collected 2 objects',
  );

  // Undo: the collection never happened, the two lists are back, still unreachable.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(card(page, LOST)).toHaveCount(2);
  await expect(page.getByRole('status')).toContainText('Undid gc.collect(2)');
  await expect(caption(page)).toContainText('Collect runs gc.collect(2)');

  // A reload replays the session: the same heap and history; redo walks through it again.
  await page.reload();
  await expect(card(page, LOST)).toHaveCount(2);
  expect(await statements(page)).toEqual([...CYCLE, 'import gc', 'gc.collect(2)']);
  await expect(page.locator('.entry.undone')).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(caption(page)).toContainText('Step 1 of 11');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  await expect(caption(page)).toContainText('gc.collect(2) returned 2');
  await expect(card(page, LOST)).toHaveCount(0);
});

test('with the keyboard alone: the same cycle, Collect, Step through every phase, and undo', async ({
  page,
}) => {
  await openFresh(page);
  await tabTo(page, /^New list$/);
  await page.keyboard.press('Enter');
  await expectStatement(page, 'a = []');
  await page.keyboard.press('Enter');
  await expectStatement(page, 'b = []');
  await tabTo(page, /^list \[\], refcount 1\b/);
  await page.keyboard.press('r');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectStatement(page, 'a.append(b)');
  await page.keyboard.press('r');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expectStatement(page, 'b.append(a)');
  await tabTo(page, /^name b$/, true);
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del b');
  await tabTo(page, /^name a$/, true);
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del a');
  await expect(card(page, LOST)).toHaveCount(2);

  // Tab to Collect and press Enter; then Tab to Step and press Enter for each phase.
  await tabTo(page, /^Collect$/);
  await page.keyboard.press('Enter');
  await expectStatement(page, 'gc.collect(2)');
  await tabTo(page, /^Step$/);
  await walkThrough(page, 'collector-keyboard', true);

  await page.keyboard.press('Control+z');
  await expect(card(page, LOST)).toHaveCount(2);
  await expect(page.getByRole('status')).toContainText('Undid gc.collect(2)');
});

test('a collection of generation 0 can be chosen, and G collects from anywhere', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Generation to collect' }).selectOption('0');
  await page.getByRole('button', { name: 'New list' }).click();
  await expectStatement(page, 'a = []');
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await expectStatement(page, 'gc.collect(0)');
  await expect(caption(page)).toContainText('The collector starts on generation 0');
  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  await expect(caption(page)).toContainText('gc.collect(0) returned 0');
  // The list survived the collection and moved on to generation 1.
  await card(page, /^list \[\], refcount 1\b/).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.locator('dd').filter({ hasText: /^1$/ })).toHaveCount(2);
  await page.keyboard.press('g');
  await expectStatement(page, 'gc.collect(0)');
  const panel = page.getByRole('region', { name: 'Collector' });
  // While the walkthrough shows the heap before this collection, the panel shows its counts too;
  // at the end, the counts after it.
  await expect(panel).toContainText('As before gc.collect(0)');
  await expect(panel).toContainText('1 / 10');
  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  await expect(panel).toContainText('2 / 10');
  await expect(panel).not.toContainText('As before');

  // With DEBUG_SAVEALL, garbage is kept in gc.garbage: the panel lists it; gc.disable() shows.
  for (const line of [
    'gc.set_debug(gc.DEBUG_SAVEALL)',
    'gc.disable()',
    'b = []',
    'b.append(b)',
    'del b',
  ]) {
    await runLine(page, line);
  }
  await expect(panel).toContainText('Automatic collection: disabled');
  await expect(panel.getByRole('list', { name: 'gc.garbage' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Generation to collect' }).selectOption('2');
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  await expect(caption(page)).toContainText(
    '1 object collected, it is kept in gc.garbage instead of freed',
  );
  await expect(panel.getByRole('list', { name: 'gc.garbage' })).toContainText('list [[...]]');
  await settle(page);
  await page.screenshot({ path: 'test-results/collector-garbage-panel.png' });
  await panel.getByRole('button', { name: 'list [[...]]' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Why is it alive?',
  );
});

test('with reduced motion the walkthrough still steps and plays, without moving anything', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openFresh(page);
  for (const line of ['a = []', 'a.append(a)', 'del a']) {
    await page.getByRole('textbox', { name: 'Python console' }).click();
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await step(page);
  await step(page);
  const lit = page.locator('g.edge.gc-subtract path.line');
  await expect(lit).toHaveCount(1);
  expect(await lit.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.getByRole('combobox', { name: 'Walkthrough speed' }).selectOption('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(caption(page)).toContainText('gc.collect(2) returned 1', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();
});

test('the collector screens have no axe violations: a walkthrough, the collector panel, the context menu', async ({
  page,
}) => {
  await openFresh(page);
  for (const line of ['a = []', 'a.append(a)', 'del a', "n1 = Node('n1')"]) {
    await page.getByRole('textbox', { name: 'Python console' }).click();
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  for (let i = 0; i < 6; i++) await step(page);
  await expect(page.locator('g.node.gc-unreachable')).toHaveCount(1);
  await page.waitForTimeout(3500);
  const scan = async () => (await new AxeBuilder({ page }).analyze()).violations;
  expect(await scan()).toEqual([]);

  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  await card(page, /^Node name='n1' next=None, refcount 1\b/).click({ button: 'right' });
  await expect(page.getByRole('menu')).toBeVisible();
  await page.waitForTimeout(3500);
  expect(await scan()).toEqual([]);
});
