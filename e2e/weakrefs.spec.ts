import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { card, runLine, transcriptEntries } from './console';
import { caption, step } from './collector';
import { cardOf, expectStatement, nameRow, openFresh, settle, statements } from './explorer';

// A classroom projector's size: the four rows of cards and the walkthrough's bar all in view.
test.use({ viewport: { width: 1280, height: 800 } });

test('a weak reference from the context menu is drawn dashed, with a hollow arrowhead, and its callback prints when the referent dies', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'New Node' }).click();
  await expectStatement(page, "n1 = Node('n1')");

  // A list can't be weakly referenced: the menu says why instead of offering it.
  await page.getByRole('button', { name: 'New list' }).click();
  await (await cardOf(page, 'a')).click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /Make weak reference/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(menu).toContainText("A list can't be weakly referenced");
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  const n1 = await cardOf(page, 'n1');
  await n1.click({ button: 'right' });
  await expect(menu).toBeVisible();
  await page.screenshot({ path: 'test-results/weakref-menu.png' });
  await menu.getByRole('menuitem', { name: /Make weak reference/ }).click();
  await expectStatement(page, 'w1 = weakref.ref(n1)');
  expect(await statements(page)).toEqual([
    "n1 = Node('n1')",
    'a = []',
    'import weakref',
    'w1 = weakref.ref(n1)',
  ]);

  // The weakref's arrow to n1: dashed (line style, not colour alone), hollow arrowhead.
  const w1 = await nameRow(page, 'w1').getAttribute('data-target');
  const weakEdge = page.locator(`g.edge.weak`).filter({ has: page.locator('path.line') });
  await expect(weakEdge).toHaveCount(1);
  const line = weakEdge.locator('path.line');
  expect(await line.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
  await expect(line).toHaveAttribute('marker-end', 'url(#hs-arrow-weak)');
  expect(
    await page.locator('#hs-arrow-weak path').evaluate((el) => getComputedStyle(el).fill),
  ).toBe('rgb(255, 255, 255)');
  // A strong arrow stays solid.
  const strong = page.locator('g.edge:not(.weak) path.line').first();
  expect(await strong.evaluate((el) => getComputedStyle(el).strokeDasharray)).toBe('none');
  await expect(
    page
      .locator(`g.node[data-id="${w1}"]`)
      .getByRole('button', { name: /^weak reference weakly to Node/ }),
  ).toBeVisible();
  // The weakref does not count: n1's refcount is still 1, and the inspector says so.
  await expect(n1).toHaveAccessibleName(/^Node name='n1' next=None, refcount 1\b/);
  await n1.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Weak refs1 (not counted in the refcount)');
  await settle(page);
  await page.screenshot({ path: 'test-results/weakref-dashed.png' });

  // A callback: when n1 dies, it runs, and what it prints is in the console.
  await runLine(page, "def gone(r): print('callback: n1 is gone', r() is None)");
  await runLine(page, 'w2 = weakref.ref(n1, gone)');
  await nameRow(page, 'n1').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del n1');
  await expect(transcriptEntries(page).last()).toContainText('callback: n1 is gone True');
  await expect(page.getByRole('status')).toContainText('weak reference w1 cleared');
  await expect(page.locator('g.edge.weak:not(.exiting)')).toHaveCount(0);
  await settle(page);
  await page.screenshot({ path: 'test-results/weakref-callback.png' });
});

test('a WeakValueDictionary row is drawn dashed and evicted when its value dies, and the collector clears rows first', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'New Node' }).click();
  await page.getByRole('button', { name: 'New Node' }).click();
  await expectStatement(page, "n2 = Node('n2')");

  // V on a focused card: asks for the key, then makes the cache and puts n1 in it.
  await (await cardOf(page, 'n1')).focus();
  await page.keyboard.press('v');
  const ask = page.getByRole('dialog', { name: 'Key in the WeakValueDictionary' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText("Runs: cache['k'] = n1");
  await page.keyboard.press('Enter');
  await expectStatement(page, "cache['k'] = n1");
  expect(await statements(page)).toEqual([
    "n1 = Node('n1')",
    "n2 = Node('n2')",
    'import weakref',
    'cache = weakref.WeakValueDictionary()',
    "cache['k'] = n1",
  ]);
  // The context menu from the keyboard (Shift+F10) puts n2 in the same cache as 'k2'.
  await (await cardOf(page, 'n2')).focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /Put in WeakValueDictionary/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expectStatement(page, "cache['k2'] = n2");

  const cache = page.locator(
    `g.node[data-id="${await nameRow(page, 'cache').getAttribute('data-target')}"]`,
  );
  const rowK = cache.getByRole('button', { name: /^weak reference \['k'\] to Node/ });
  await expect(rowK).toBeVisible();
  await expect(
    cache.getByRole('button', { name: /^weak reference \['k2'\] to Node/ }),
  ).toBeVisible();
  expect(
    await rowK.locator('rect').evaluate((el) => getComputedStyle(el).strokeDasharray),
  ).not.toBe('none');
  await expect(page.locator('g.edge.weak')).toHaveCount(2);
  await settle(page);
  await page.screenshot({ path: 'test-results/weakref-cache.png' });

  // del n1: its last strong reference goes, it dies, and its row is evicted (animated).
  await nameRow(page, 'n1').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del n1');
  await expect(page.getByRole('status')).toContainText("cache['k'] evicted");
  await expect(cache.locator('g.cell.exiting')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/weakref-evicting.png' });
  await expect(cache.locator('g.cell')).toHaveCount(1);
  await expect(rowK).toHaveCount(0);

  // A cycle held only by the cache: the collector clears the weak row before anything else.
  await runLine(page, 'n2.next = n2');
  await nameRow(page, 'n2').click();
  await page.keyboard.press('Delete');
  await expectStatement(page, 'del n2');
  await expect(card(page, /^Node name='n2' next=<Node>, refcount 1, unreachable\b/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  let text = '';
  for (let i = 0; i < 20 && !text.includes('handleWeakrefs'); i++) text = await step(page);
  expect(text).toContain('handleWeakrefs Weak references to Node …');
  expect(text).toContain("(WeakValueDictionary cache row ['k2'] evicted)");
  await expect(cache.locator('g.cell.weak.evicted')).toHaveCount(1);
  await expect(page.locator('g.edge.weak.gc-cleared')).toHaveCount(1);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/weakref-collector-clears.png' });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
  await page.getByRole('button', { name: 'Skip to end', exact: true }).click();
  // The node, and the cache's KeyedRef for it that its callback dropped: CPython counts both.
  await expect(caption(page)).toContainText('gc.collect(2) returned 2');
  await expect(cache.locator('g.cell:not(.exiting)')).toHaveCount(0);
});
