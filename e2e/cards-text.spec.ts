import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, runLine } from './console';
import { openFresh } from './explorer';

// Cards say what they hold (issue 12, item 1): an instance its attributes, a set its members, a
// function its qualified name, a weakref its referent; no type name cut short.
test.use({ viewport: { width: 1280, height: 800 } });

/** The text drawn on a card (its type's and value's lines, not the address), as one string. */
function drawnText(node: Locator): Promise<string> {
  return node
    .locator('text.card-text tspan:not(.card-address)')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').join('\n'));
}

function nodeOf(page: Page, name: RegExp): Locator {
  return page.locator('g.node').filter({ has: card(page, name) });
}

test('an instance card names its attributes: objs[122] and objs[147] read differently', async ({
  page,
}) => {
  await openFresh(page);
  await runLine(page, 'objs = []');
  await runLine(page, 'for i in range(200): objs.append(Node(str(i)))');
  // Held by the list alone: refcount 1 (sys.getrefcount(objs[122]) says 2, its argument added).
  const c122 = card(page, /^Node name='122' next=None, refcount 1, at 0x/);
  const c147 = card(page, /^Node name='147' next=None, refcount 1, at 0x/);
  // The 200 Nodes fold into a group card (groups.ts): expanded, each has its own card.
  await page.getByRole('button', { name: 'Expand', exact: true }).click();
  await expect(c122).toHaveCount(1, { timeout: 30_000 });
  await expect(c147).toHaveCount(1);
  const entry = await runLine(page, 'import sys; print(sys.getrefcount(objs[122]))');
  await expect(entry).toHaveText(/\)\)\s*2$/);
  const t122 = await drawnText(nodeOf(page, /^Node name='122' /));
  const t147 = await drawnText(nodeOf(page, /^Node name='147' /));
  expect(t122).toContain("name='122' next=None");
  expect(t147).toContain("name='147' next=None");
  expect(t122).not.toBe(t147);
  expect(t122).not.toContain('<Node object>');
  // Focusing a card brings it into view: the screenshot shows objs[122] among its neighbours.
  await c122.focus();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/cards-200-nodes.png' });
});

test('a set shows its members, a WeakValueDictionary its whole type name, a function its qualified name', async ({
  page,
}) => {
  await openFresh(page);
  await runLine(page, 's = {1, 2, 3}');
  const set = card(page, /^set \{1, 2, 3\}, refcount 1\b/);
  await expect(set).toHaveCount(1);
  expect(await drawnText(nodeOf(page, /^set /))).toContain('{1, 2, 3}');

  await runLine(page, 'import weakref');
  await runLine(page, 'cache = weakref.WeakValueDictionary()');
  const cache = nodeOf(page, /^WeakValueDictionary /);
  await expect(cache).toHaveCount(1);
  const cacheText = await drawnText(cache);
  expect(cacheText).not.toContain('…');
  // Wrapped onto two lines, but every letter drawn.
  expect(cacheText.replace(/\s/g, '')).toContain('WeakValueDictionary');

  await runLine(page, 'class Item: pass');
  await runLine(page, 'def make(self): return self');
  await runLine(page, 'make.__qualname__ = "Item.__init__"');
  const fn = nodeOf(page, /^function <function Item\.__init__>, refcount/);
  await expect(fn).toHaveCount(1);
  const fnText = await drawnText(fn);
  expect(fnText).not.toContain('…');
  expect(fnText).toContain('<function');
  expect(fnText).toContain('Item.__init__>');

  await runLine(page, "n = Node('n')");
  await runLine(page, 'w = weakref.ref(n)');
  const ref = nodeOf(page, /^ReferenceType <weakref to 'Node'>, refcount 1\b/);
  await expect(ref).toHaveCount(1);
  expect(await drawnText(ref)).toContain("<weakref to 'Node'>");

  // Attributes past the card's three lines: the last line is cut, the hover title and the
  // accessible name have them all (each value abbreviated, as on the card).
  await runLine(page, "n.label = 'a rather long label'");
  await runLine(page, "n.note = 'another long string'");
  await runLine(page, 'n.more = 12345');
  const full = /^Node name='n' next=None label='a rather lo\S*… note='another lo\S*… more=12345/;
  const long = page.locator('g.node').filter({ has: page.getByRole('button', { name: full }) });
  await expect(long).toHaveCount(1);
  expect(await drawnText(long)).toContain('…');
  await expect(long.locator('g.hit > title')).toHaveText(full);
  await expect(cache.locator('g.hit > title')).toHaveCount(0);
});

test('the Inline values view draws shared values in their slots, without pills, names unchanged', async ({
  page,
}) => {
  await openFresh(page);
  await runLine(page, "n = Node('n')");
  await runLine(page, 'l = [1, True, None]');
  const pills = page.locator('g.node.pill:not(.exiting)');
  await expect(pills).toHaveCount(4);
  const names = async () =>
    (await page
      .locator('g.node:not(.exiting) g.hit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) as string[];
  const cellNames = () =>
    page
      .locator('g.node:not(.exiting) g.cell')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const cardsBefore = (await names()).filter((n) => !/interned/.test(n)).sort();
  const cellsBefore = await cellNames();

  const toggle = page.getByRole('button', { name: 'Inline values' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(pills).toHaveCount(0);
  // No arrow goes to a shared value any more: only the names' arrows to n and l remain.
  await expect(page.locator('g.edge.to-interned:not(.exiting)')).toHaveCount(0);
  const list = nodeOf(page, /^list \[1, True, None\], refcount 1\b/);
  await expect(list.locator('g.cell.inline text')).toHaveText(['1', 'True', 'None']);
  expect((await names()).sort()).toEqual(cardsBefore);
  expect(await cellNames()).toEqual(cellsBefore);
  await page.screenshot({ path: 'test-results/cards-inline-on.png' });

  await toggle.click();
  await expect(pills).toHaveCount(4);
  await expect(list.locator('g.cell.inline')).toHaveCount(0);
});

test('screenshots: an instance, a set, a function and a weakref, shared values as pills and inline', async ({
  page,
}) => {
  await openFresh(page);
  for (const line of [
    "n1 = Node('n1')",
    "n2 = Node('n2')",
    'n1.next = n2',
    's = {1, 2, 3}',
    'def make(self): return self',
    'make.__qualname__ = "Item.__init__"',
    'import weakref',
    'w = weakref.ref(n2)',
    'cache = weakref.WeakValueDictionary()',
    "cache['a'] = n1",
  ])
    await runLine(page, line);
  await expect(card(page, /^WeakValueDictionary \{'a': <Node>\}/)).toHaveCount(1);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/cards-pills.png' });
  await page.getByRole('button', { name: 'Inline values' }).click();
  await expect(page.locator('g.node.pill:not(.exiting)')).toHaveCount(0);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/cards-inline.png' });
});
