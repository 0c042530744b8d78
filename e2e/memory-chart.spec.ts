/**
 * The memory chart of a script (issue 11): the seed talk's memcount demo, a parent with three
 * children in a loop, each child holding its parent. With a strong back-reference (and the
 * collector off) every pass leaks its family and the chart keeps rising; with a weakref.proxy the
 * family is freed at the end of each pass and the chart stays flat. "Compare from here" gives
 * objgraph.show_growth's table between two steps.
 */
import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './explorer';

const demo = (backReference: string, families: number) => `import gc, weakref
gc.disable()

class Child:
    def __init__(self, parent):
        self.parent = ${backReference}
        self.data = [1234 * i for i in range(100)]

class Parent:
    def __init__(self):
        self.children = []
    def add_child(self):
        self.children.append(Child(self))

for n in range(${families}):
    p = Parent()
    p.add_child()
    p.add_child()
    p.add_child()
print('done')
`;

async function runScript(page: Page, program: string): Promise<void> {
  await page.getByRole('tab', { name: 'Script' }).click();
  const editor = page.getByRole('textbox', { name: 'Python script' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(program);
  await page.getByRole('button', { name: 'Run script' }).click();
  await expect(page.locator('.script-output')).toContainText('done');
}

/** The chart's bytes at its first and last step, and its highest. */
async function chart(page: Page) {
  const plot = page.getByRole('img', { name: /^Memory chart/ });
  await expect(plot).toBeVisible();
  const read = async (name: string) => Number(await plot.getAttribute(`data-${name}-bytes`));
  return { first: await read('first'), last: await read('last'), high: await read('high') };
}

/** The live objects the chart's caption gives at step `index` (0-based; -1: the last). */
async function objectsAt(page: Page, index: number): Promise<number> {
  const slider = page.getByRole('slider', { name: 'Step' });
  const step = index < 0 ? Number(await slider.getAttribute('max')) : index;
  await slider.fill(String(step));
  const caption = page.locator('.memory-chart-caption');
  await expect(caption).toContainText(`at step ${step + 1}`);
  return Number(/, (\d+) objects/.exec((await caption.textContent()) ?? '')![1]);
}

/** The live objects at the end of the demo with `families` passes, in a fresh session. */
async function objectsLeft(page: Page, backReference: string, families: number) {
  await openFresh(page);
  await runScript(page, demo(backReference, families));
  return objectsAt(page, -1);
}

test.use({ viewport: { width: 1280, height: 800 } });

test('rises with a strong back-reference, and the growth table names the leak', async ({
  page,
}) => {
  // Six more passes leave six more families: a Parent and its list, three Childs, each with its
  // list of 100 ints (99 of them new objects: 1234 * 0 is the cached 0).
  const six = await objectsLeft(page, 'parent', 6);
  const twelve = await objectsLeft(page, 'parent', 12);
  expect(twelve - six).toBe(6 * (2 + 3 * (2 + 99)));
  // The chart rises to its end: twelve families of about 11 KiB stay, and the last step is
  // within a few temporaries of its highest point.
  const { first, last, high } = await chart(page);
  expect(last - first).toBeGreaterThan(12 * 8 * 1024);
  expect(high - last).toBeLessThan(1024);

  // From the first step to the last: twelve Parents and 36 Childs more, as show_growth says.
  await objectsAt(page, 0);
  await page.getByRole('button', { name: 'Compare from here' }).click();
  await objectsAt(page, -1);
  const table = page.getByRole('table', { name: /^Growth from step 1 / });
  await expect(table.getByRole('row', { name: /^Child 36 \+36$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Parent 12 \+12$/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/memory-chart-strong.png' });
});

test('stays flat with a weakref.proxy back-reference', async ({ page }) => {
  // Each pass frees the family before it: six passes or twelve leave the same heap.
  const six = await objectsLeft(page, 'weakref.proxy(parent)', 6);
  const twelve = await objectsLeft(page, 'weakref.proxy(parent)', 12);
  expect(twelve).toBe(six);
  // The chart's highest point is one family above where the loop ends, not twelve.
  const { last, high } = await chart(page);
  expect(high - last).toBeLessThan(8 * 1024);
  await page.screenshot({ path: 'test-results/memory-chart-proxy.png' });
});
