import { expect, test } from '@playwright/test';
import { card, cardNames, runLine } from './console';

test('an unsupported statement is refused, the heap is unchanged and the session goes on', async ({
  page,
}) => {
  await page.goto('/');
  await runLine(page, 'a = [1, 2]');
  await runLine(page, 'b = a');
  const before = await cardNames(page);
  expect(before.length).toBeGreaterThan(0);

  const refused = await runLine(page, "with open('f') as f: pass");
  const error = refused.locator('.stderr');
  await expect(error).toContainText(/not supported/i);
  await expect(error).toHaveCSS('color', 'rgb(179, 38, 30)');
  expect(await cardNames(page)).toEqual(before);

  const nameError = await runLine(page, 'zz');
  await expect(nameError.locator('.stderr')).toContainText("NameError: name 'zz' is not defined");

  await runLine(page, 'x = [1]');
  await expect(card(page, /^list \[1\], refcount 1\b/)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'name x', exact: true })).toBeVisible();
  await expect(card(page, /^list \[1, 2\], refcount 2\b/)).toHaveCount(1);
});
