import { expect, test } from '@playwright/test';
import { card, runLine, transcriptEntries } from './console';

test('clicking a card shows who refers to it in the inspector', async ({ page }) => {
  await page.goto('/');
  await runLine(page, 'a = []');
  await runLine(page, 'b = a');
  await runLine(page, 'l = [a]');

  await card(page, /^list \[\], refcount 3\b/).click();

  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Refcount3');
  const referrers = inspector.getByRole('list', { name: 'Referrers' }).getByRole('listitem');
  await expect(referrers).toHaveCount(3);
  await expect(referrers.nth(0)).toHaveText(/name a\s+in Globals/);
  await expect(referrers.nth(1)).toHaveText(/name b\s+in Globals/);
  await expect(referrers.nth(2)).toHaveText(/list \[\[\]\]\s+slot \[0\]/);

  // A referrer is a way to walk the heap: it selects the list that holds the reference.
  await referrers.nth(2).getByRole('button').click();
  await expect(inspector).toContainText('Refcount1');
  await expect(inspector.getByRole('list', { name: 'Referrers' })).toHaveText(/name l/);
});

test('a card can be focused and selected from the keyboard, and a name row selects its target', async ({
  page,
}) => {
  await page.goto('/');
  await runLine(page, 'a = [7]');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  await card(page, /^list \[7\], refcount 1\b/).focus();
  await page.keyboard.press('Enter');
  await expect(inspector).toContainText('Value[7]');
  await expect(card(page, /^list \[7\]/)).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'name a', exact: true }).click();
  await expect(inspector).toContainText('Refcount1');
});

test("a card and the inspector show the address Python's id() gives, also when it is reused", async ({
  page,
}) => {
  await page.goto('/');
  // The freed dict's memory goes to the next dict, as pymalloc gives it out.
  await runLine(page, 'd = {}; print(hex(id(d))); del d; e = {"k": 1}; print(hex(id(e)))');
  const printed = (await transcriptEntries(page).last().innerText()).match(/0x[0-9a-f]+/g)!;
  expect(printed).toHaveLength(2);
  expect(printed[0]).toBe(printed[1]);
  const dict = card(page, /^dict \{'k': 1\}, refcount 1\b/);
  await expect(dict).toHaveAttribute('aria-label', new RegExp(`, at ${printed[1]}$`));
  await dict.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText(`Address${printed[1]}`);
});
