/**
 * Heapscope in a slide deck: the example deck (deck/index.html, reveal.js) embeds two independent
 * Heapscopes and steps them from its fragments over postMessage; a malformed command is refused
 * with a message; the embed's parameters choose what it shows; embeds with ids keep their own
 * sessions.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

const cards = (frame: FrameLocator) =>
  frame.getByRole('button', { name: /, refcount \d+/ }).evaluateAll((els) =>
    // "list [1, 2], refcount 2, at 0x7f…": without the address, which a heap does not share.
    els.map((el) => (el.getAttribute('aria-label') ?? '').replace(/, at 0x[0-9a-f]+$/, '')).sort(),
  );

async function nextFragment(page: Page, frame: FrameLocator, expected: string) {
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('.step-where')).toContainText(expected);
}

test('the example deck drives two independent embeds from its fragments', async ({ page }) => {
  await page.goto('/deck/index.html');
  const refs = page.frameLocator('#refs');
  const cycle = page.frameLocator('#cycle');
  // Each embed got its program when it was ready: four statements to step through.
  await expect(refs.locator('.step-where')).toContainText('Start: 4 statements to run');
  await expect(cycle.locator('.step-where')).toContainText('Start: 4 statements to run');

  await page.keyboard.press('ArrowRight'); // to the "Names are references" slide
  await nextFragment(page, refs, 'Statement 1 of 4');
  await nextFragment(page, refs, 'Statement 2 of 4');
  expect(await cards(refs)).toContain('list [1, 2], refcount 2');
  await nextFragment(page, refs, 'Statement 3 of 4');
  await nextFragment(page, refs, 'Statement 4 of 4');
  expect(await cards(refs)).toContain('list [1, 2], refcount 1');
  // The other embed has not moved.
  await expect(cycle.locator('.step-where')).toContainText('Start: 4 statements to run');

  await page.keyboard.press('ArrowRight'); // to the cycle slide
  await nextFragment(page, cycle, 'Statement 1 of 4');
  await nextFragment(page, cycle, 'Statement 2 of 4');
  await nextFragment(page, cycle, 'Statement 3 of 4');
  const cycleCards = await cards(cycle);
  expect(cycleCards.filter((c) => c.startsWith('list '))).toHaveLength(2);
  expect(await cards(refs)).toContain('list [1, 2], refcount 1');
  // Back through a fragment steps the embed back.
  await page.keyboard.press('ArrowLeft');
  await expect(cycle.locator('.step-where')).toContainText('Statement 2 of 4');
  await page.screenshot({ path: 'test-results/embed-deck.png' });
});

test('a malformed command is refused with a message, a good one is answered', async ({ page }) => {
  await page.goto('/deck/index.html');
  const refs = page.frameLocator('#refs');
  await expect(refs.locator('.step-where')).toContainText('statements to run');
  const replies = await page.evaluate(async () => {
    const frame = document.querySelector<HTMLIFrameElement>('#refs')!.contentWindow!;
    const answers: unknown[] = [];
    const got = new Promise<void>((resolve) => {
      window.addEventListener('message', (e) => {
        const d = e.data as { replyTo?: unknown };
        if (e.source === frame && (d.replyTo === 'bad' || d.replyTo === 'good')) {
          answers.push(e.data);
          if (answers.length === 2) resolve();
        }
      });
    });
    frame.postMessage({ heapscope: 1, id: 'bad', command: 'goTo', step: 'three' }, '*');
    frame.postMessage({ heapscope: 1, id: 'good', command: 'getState' }, '*');
    await got;
    return answers;
  });
  expect(replies).toContainEqual({
    heapscope: 1,
    replyTo: 'bad',
    ok: false,
    error: expect.stringMatching(/^Refused goTo: step/),
  });
  expect(replies).toContainEqual(
    expect.objectContaining({
      replyTo: 'good',
      ok: true,
      result: expect.objectContaining({ statements: expect.any(Array) }),
    }),
  );
});

test('the embed shows what its parameters ask for, and an embed with an id keeps its session', async ({
  page,
}) => {
  await page.goto('/?embed=1&controls=none&console=hidden&theme=dark&scale=1.5&zoom=huge');
  await expect(page.getByRole('region', { name: 'Heap' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Python console' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Steps' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Collect' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  // The text scale is the frame's root font size (the sheets size text in rem).
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
    '24px',
  );
  // Nothing is shown of the status line in a slide; it still speaks to screen readers.
  await expect(page.getByRole('status').filter({ hasText: 'Ready.' })).toBeAttached();
  await expect(page.getByRole('button', { name: /Show more of the status line/ })).toHaveCount(0);

  await page.goto('/?embed=1&controls=full&console=full&id=lesson-a');
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.type('a = [1, 2, 3]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^list \[1, 2, 3\], refcount 1/ })).toHaveCount(1);
  await page.goto('/?embed=1&controls=full&console=full&id=lesson-b');
  await expect(page.getByText('Setup: defines')).toBeVisible();
  await expect(page.getByRole('button', { name: /^list / })).toHaveCount(0);
  await page.goto('/?embed=1&controls=full&console=full&id=lesson-a');
  await expect(page.getByRole('button', { name: /^list \[1, 2, 3\], refcount 1/ })).toHaveCount(1);
  // The main app's own session is not touched by the embeds.
  expect(await page.evaluate(() => localStorage.getItem('heapscope.session'))).toBeNull();
});
