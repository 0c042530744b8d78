/**
 * The seed's memory-growth demo at full size in the page (issue 13): 100,000 parents, each holding
 * a child that points back, made in a loop with the automatic collector on, run as a script. It
 * must print what python3 prints (run here, on the same program); its time and the tab's memory
 * are reported, not asserted (performance targets are checked by benchmarks that print figures:
 * `npm run bench:ui -- --only growth` prints the same ones). How each figure is taken is in
 * scripts/growth-demo.mjs.
 */
import { expect, test } from '@playwright/test';
import {
  enterScript,
  GROWTH_DEMO,
  mb,
  runPython3,
  timeRunScript,
  watchTab,
  type TabSample,
} from '../scripts/growth-demo.mjs';
import { openFresh } from './explorer';

test.use({ viewport: { width: 1280, height: 800 } });

test('the growth demo with 100,000 iterations prints what python3 prints; its time and memory are reported', async ({
  page,
}) => {
  // A loaded 2-core machine: the run alone has taken up to a few seconds.
  test.setTimeout(180_000);
  const python = runPython3(GROWTH_DEMO);
  test.skip(!python.version.startsWith('3.11.'), 'python3 3.11 gives the expected output');
  expect(python.status, python.stderr).toBe(0);

  // Attached before the page loads, so the interpreter's worker is watched from its start.
  const tab = await watchTab(page);
  await openFresh(page);
  await enterScript(page, GROWTH_DEMO);
  const before = await tab.sample();
  expect(before.worker, 'the interpreter runs in a worker').not.toBeNull();
  await expect(page.locator('.script-output')).toHaveCount(0);

  const stopSampling = tab.sampleUntilStopped(100);
  const timing = await timeRunScript(page, 120_000);
  const peak = await stopSampling();

  const output = page.locator('.script-output');
  await expect(output.locator('.script-output-title')).toHaveText('Printed');
  await expect(output.locator('.entry-output.stdout')).toHaveText(python.stdout.trimEnd());
  await expect(output.locator('.entry-output.stderr')).toHaveCount(0);
  // The run was recorded step by step to its end: a step for each statement the script ran, at
  // least three a pass (`p = Parent()` and the two `__init__`s).
  const steps = Number(await page.getByRole('slider', { name: 'Step' }).getAttribute('max')) + 1;
  expect(steps).toBeGreaterThan(300_000);

  const after = await tab.sample();
  const collected = await tab.afterGc();
  await tab.detach();
  await page.screenshot({ path: 'test-results/growth-demo.png' });

  const heaps = (s: TabSample) =>
    `page ${mb(s.page)} (of ${mb(s.pageCommitted)}), worker ${mb(s.worker ?? 0)} (of ${mb(s.workerCommitted ?? 0)})`;
  const footprint = (bytes: number | null) => (bytes === null ? 'not readable' : mb(bytes));
  const lines = [
    `python3 ${python.version}: ${python.stdout.trim()} in ${python.ms.toFixed(0)} ms (the whole process)`,
    `page: Run script → output drawn ${timing.inPage.toFixed(0)} ms in the page (${timing.seen} ms as the test saw it), ${steps.toLocaleString('en')} steps`,
    `progress shown: ${timing.status ? `“${timing.status}”${timing.stop ? ' with Stop' : ''}` : 'none'}`,
    `before the run: JS heaps ${heaps(before)}; renderer footprint ${footprint(before.footprint)}`,
    `peak while it ran (${peak.samples} samples 100 ms apart): JS heaps page ${mb(peak.page)}, worker ${mb(peak.worker)}, both ${mb(peak.both)}; renderer footprint ${footprint(peak.footprint)}, resident ${footprint(after.residentPeak)} (VmHWM)`,
    `after the run: JS heaps ${heaps(after)}; renderer footprint ${footprint(after.footprint)}`,
    `after a full GC: JS heaps ${heaps(collected)}; renderer footprint ${footprint(collected.footprint)}`,
  ];
  for (const description of lines) {
    test.info().annotations.push({ type: 'growth-demo', description });
    console.log(`growth demo: ${description}`);
  }
  // A bound far above today's figure (about 150 MB), to catch a run that keeps what it should
  // drop (its whole event log, say). The issue's goal, a tab under 300 MB, is reported above.
  expect(peak.both).toBeLessThan(512 * 2 ** 20);
});
