import { expect, test } from '@playwright/test';
import { card, runLine } from './console';

// The live demo from the seed talk ("Playing with References"), typed into the console. The
// refcounts on the card and the echoed getrefcount values come from the engine: the card shows
// the real count, getrefcount one more (its own argument).
test('the seed session shows the refcount of a list rising and falling', async ({ page }) => {
  await page.goto('/');
  const listA = card(page, /^list \[\], refcount /);

  // The live region says which reference changed the count (the reason comes from the event's site).
  const status = page.getByRole('status');
  const steps: [binding: string, cardCount: number, echoed: string, announced: string][] = [
    ['a = []', 1, '2', 'new list, refcount 1'],
    ['b = a', 2, '3', 'list refcount 2 (+1: b)'],
    ['l = [1, 2, 3, a]', 3, '4', 'list refcount 3 (+1: l[3])'],
    ['del b', 2, '3', 'list refcount 2 (\u22121: b)'],
    ['del l', 1, '2', 'list refcount 1 (\u22121: l[3])'],
  ];

  await runLine(page, 'import sys');
  for (const [binding, count, echoed, announced] of steps) {
    await runLine(page, binding);
    await expect(listA).toHaveCount(1);
    await expect(listA).toHaveAccessibleName(new RegExp(`^list \\[\\], refcount ${count}\\b`));
    await expect(status).toContainText(announced);
    if (binding.startsWith('l =')) {
      await page.waitForTimeout(2000); // mid-animation: the last +1/−1 labels are still up
      await page.screenshot({ path: 'test-results/seed-session-after-l.png' });
    }
    const entry = await runLine(page, 'sys.getrefcount(a)');
    await expect(entry).toHaveText(new RegExp(`sys\\.getrefcount\\(a\\)\\s*${echoed}$`));
  }

  await runLine(page, 'del a');
  await expect(card(page, /^list /)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'name a', exact: true })).toHaveCount(0);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/seed-session-end.png' });
});
