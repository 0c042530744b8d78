/**
 * The weak-cache exercise (issue 11): the learner's WeakCache runs with hidden checks from the
 * Script pane. The reference solution passes every check; three wrong caches (a plain dict, one
 * that never creates, one that makes a new object on every hit) fail, each with its reason. The
 * check is a script run: its steps can be walked like any other.
 */
import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './explorer';
import { REFERENCE_SOLUTION } from '../src/lessons/weakCacheCheck';
import { WRONG_CACHES } from '../src/lessons/wrongCaches';

async function check(page: Page, program: string | null): Promise<void> {
  if (program !== null) {
    const editor = page.getByRole('textbox', { name: 'Python script' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(program);
  }
  await page.getByRole('button', { name: 'Check as a weak cache' }).click();
}

const verdicts = (page: Page) => page.getByRole('region', { name: 'Checks of the weak cache' });

test.use({ viewport: { width: 1280, height: 800 } });

test('passes the reference solution and fails three wrong caches, each with its reason', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('tab', { name: 'Script' }).click();
  await page.getByRole('button', { name: 'Show a solution' }).click();
  await expect(page.getByRole('textbox', { name: 'Python script' })).toContainText(
    'weakref.WeakValueDictionary()',
  );
  expect(REFERENCE_SOLUTION).toContain('class WeakCache');
  await check(page, null);
  await expect(verdicts(page).getByRole('heading')).toHaveText('5 of 5 checks passed');
  // The check ran as a script: its steps are there to walk through.
  await expect(page.getByRole('slider', { name: 'Step' })).toBeVisible();
  await page.screenshot({ path: 'test-results/weak-cache-pass.png' });

  await check(page, WRONG_CACHES.plain_dict);
  await expect(verdicts(page).getByRole('heading')).toHaveText('2 of 5 checks passed');
  await expect(verdicts(page)).toContainText(
    'the cache keeps no strong reference: sys.getrefcount(obj) is 3',
  );
  await expect(verdicts(page)).toContainText('the object is still alive: the cache keeps it');
  await page.screenshot({ path: 'test-results/weak-cache-dict.png' });

  await check(page, WRONG_CACHES.never_creates);
  await expect(verdicts(page).getByRole('heading')).toHaveText('0 of 5 checks passed');
  await expect(verdicts(page)).toContainText(
    'get("b") returned None, not an object the factory made',
  );

  await check(page, WRONG_CACHES.new_every_hit);
  await expect(verdicts(page).getByRole('heading')).toHaveText('4 of 5 checks passed');
  await expect(verdicts(page)).toContainText(
    'the second get("b") returned a new object instead of the cached one',
  );
});
