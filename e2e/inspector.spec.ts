import { expect, test } from '@playwright/test';
import { card, runLine } from './console';

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
