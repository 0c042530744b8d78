// The UI benchmark (npm run bench:ui): builds the app, serves it with `vite preview`, and drives
// headless Chromium like a person (console input, palette, drags, the Collect button), measuring:
//   1. the frame rate while the collector walkthrough plays on a heap of 1,000 objects drawn as
//      cards (a tree of lists, ten or fewer of a type per container, so no group card folds
//      them), zoomed to fit so all of them are on screen, where cards are drawn as boxes or dots
//      (level of detail, levelOfDetail.ts) (goal: a median of 30 fps or more);
//   2. the frame rate while panning a heap of 2,000 objects, at 100% and zoomed out as far as
//      it goes (goal: 55 fps or more);
//   3. the time from a drop that appends one reference to the frame with the new arrow and badge
//      (goal: under 50 ms);
//   4. responsiveness (issue 8): Enter → next prompt for `x = [0] * 100000` and the longest
//      main-thread task meanwhile (goal: under 2 s, and under 100 ms); the page's frame gaps while
//      an endless loop runs and the time from Stop to its KeyboardInterrupt; a reload of a saved
//      session with a slow statement → the question (goal: under 5 s); undo and redo with 5,000
//      objects (goal: under 200 ms each);
//   5. the seed's memory-growth demo with 100,000 iterations run as a script (issue 13,
//      scripts/growth-demo.mjs): Run script → output, and the tab's memory: the JS heaps of the
//      page and of the interpreter's worker, and the renderer process's footprint (goal: under
//      1 s, and under 300 MB).
// It prints figures; it is not a test and fails only if the app can't be driven at all.
// Options: --port N (default 4191), --no-build (use dist/ as it is), --runs N (default 2),
// --only responsiveness|canvas|growth (one group of scenarios).
// Functions passed to page.evaluate run in the page, with the browser's globals:
/* global window, document, requestAnimationFrame, getComputedStyle, MutationObserver, addEventListener */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import {
  enterScript,
  GROWTH_DEMO,
  mb,
  runPython3,
  timeRunScript,
  watchTab,
} from './growth-demo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', '4191'));
const runs = Number(option('--runs', '2'));
const only = option('--only', 'all');
const wanted = (group) => only === 'all' || only === group;
const base = `http://127.0.0.1:${port}`;

if (!args.includes('--no-build')) {
  const built = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(
  join(root, 'node_modules', '.bin', 'vite'),
  ['preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
);
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
await waitForServer(base);

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

try {
  const results = { collect: [], pan: [], panFit: [], drop: [], dropBig: [], dropStill: [] };
  const responsive = { bigList: [], loop: [], reload: [], undo: [] };
  const growth = [];
  for (let run = 0; run < runs; run++) {
    if (wanted('canvas')) {
      results.collect.push(await collectorAnimation());
      const pan = await panning();
      results.pan.push(pan.atOne);
      results.panFit.push(pan.zoomedOut);
      results.drop.push(await dropLatency(0, false));
      // 303 lists: a tree of 301 (makeTree), a and b.
      results.dropBig.push(await dropLatency(300, false));
      results.dropStill.push(await dropLatency(300, true));
    }
    if (wanted('responsiveness')) {
      responsive.bigList.push(await bigList());
      responsive.loop.push(await endlessLoop());
      responsive.reload.push(await slowReload());
      responsive.undo.push(await undoRedo(5000));
    }
    if (wanted('growth')) growth.push(await growthDemo());
  }
  if (wanted('canvas')) report(results);
  if (wanted('responsiveness')) reportResponsiveness(responsive);
  if (wanted('growth')) reportGrowth(growth);
} finally {
  await browser.close();
  stop();
}

// ---- scenarios ----

/** A page with nothing saved, at the size of a classroom projector. */
async function freshPage(reducedMotion = false) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('textbox', { name: 'Python console' }).waitFor();
  return page;
}

/** Types (pastes) Python into the console and runs it, as a person would. */
async function run(page, source) {
  const entries = page.getByRole('list', { name: 'Transcript' }).getByRole('listitem');
  const before = await entries.count();
  await page.getByRole('textbox', { name: 'Python console' }).click();
  const block = source.includes('\n');
  await page.keyboard.insertText(block ? `${source}\n` : source);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length > n,
    ['ol.transcript > li', before],
  );
}

/** Frame timestamps from requestAnimationFrame, between `start` and `stop` in the page. */
async function startFrames(page) {
  await page.evaluate(() => {
    const w = window;
    w.__frames = [];
    w.__recording = true;
    const tick = (t) => {
      if (!w.__recording) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page) {
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  return frameStats(frames);
}

/** Median and mean frame rate, and the 5th percentile of per-frame rates (the janky end). */
function frameStats(frames) {
  const gaps = [];
  for (let i = 1; i < frames.length; i++) gaps.push(frames[i] - frames[i - 1]);
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? Infinity;
  const p95 = gaps[Math.floor(gaps.length * 0.95)] ?? Infinity;
  const span = frames.at(-1) - frames[0];
  return {
    medianFps: 1000 / median,
    meanFps: ((frames.length - 1) * 1000) / span,
    p5Fps: 1000 / p95,
    frames: frames.length,
    seconds: span / 1000,
  };
}

/**
 * A tree of lists: `objs` holds `rows` lists, each of those 10, each of those 9 empty ones (1,011
 * lists for 10 rows, 2,021 for 20). No container holds more than GROUP_THRESHOLD (20) of one
 * type, so none folds into a group card: every list the snapshot holds (SNAPSHOT_OBJECT_LIMIT) is
 * drawn as a card.
 */
async function makeTree(page, rows) {
  await run(page, 'objs = []');
  await run(
    page,
    [
      `for i in range(${rows}):`,
      '    row = []',
      '    objs.append(row)',
      '    for j in range(10):',
      '        cell = []',
      '        row.append(cell)',
      '        for k in range(9):',
      '            cell.append([])',
    ].join('\n'),
  );
  // The snapshot holds at most 1,200 objects (SNAPSHOT_OBJECT_LIMIT): a bigger heap draws those.
  await page.waitForFunction(
    (n) => document.querySelectorAll('g.node.card:not(.exiting)').length >= n,
    Math.min(1 + rows * 100, 1150),
    { timeout: 180_000 },
  );
  await page.waitForTimeout(3500); // the run's own animation is over
}

/** Scenario 1: Collect, Play at 2×, and watch the frame rate while the walkthrough plays. */
async function collectorAnimation() {
  const page = await freshPage();
  await makeTree(page, 10);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(600);
  const onScreen = await cardsInView(page);
  const drawn = await page.locator('g.node.card:not(.exiting)').count();
  const detail = await detailShown(page);
  await page.getByRole('button', { name: 'Collect', exact: true }).click();
  await page.locator('.collector-caption', { hasText: 'Step 1 of' }).waitFor();
  await page.getByRole('combobox', { name: 'Walkthrough speed' }).selectOption('2');
  await page.waitForTimeout(300);
  await startFrames(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Ten seconds of the walkthrough: updateRefs, the subtractions, the restore and so on.
  await page.waitForTimeout(10_000);
  const stats = await stopFrames(page);
  const caption = await page.locator('.collector-caption').textContent();
  await page.close();
  return {
    ...stats,
    onScreen,
    drawn,
    detail,
    reached: caption?.match(/Step \d+ of \d+/)?.[0] ?? '',
  };
}

/**
 * Scenario 2: drag the empty canvas around, at full size and zoomed out as far as it goes, on a
 * tree of 2,021 lists (of which the snapshot's 1,200 objects are drawn).
 */
async function panning() {
  const n = 2021;
  const page = await freshPage();
  await makeTree(page, 20);
  const atOne = await pan(page);
  // As far out as the zoom goes (scale 0.05).
  for (let i = 0; i < 14; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.waitForTimeout(800);
  const zoomedOut = await pan(page);
  await page.close();
  return { atOne: { ...atOne, n }, zoomedOut: { ...zoomedOut, n } };
}

async function pan(page) {
  const box = await page.locator('.heap-viewport').boundingBox();
  // Grab the canvas itself near its top right: a press on a card would drag the card instead.
  const { x: x0, y: y0 } = await page.evaluate((box) => {
    for (let dy = 40; dy < box.height - 200; dy += 8) {
      for (let dx = 60; dx < box.width / 2; dx += 8) {
        const x = box.x + box.width - dx;
        const y = box.y + dy;
        const hit = document.elementFromPoint(x, y);
        if (hit?.matches('.heap-viewport, svg.heap-svg')) return { x, y };
      }
    }
    return { x: box.x + box.width - 60, y: box.y + 40 };
  }, box);
  const onScreen = await cardsInView(page);
  const drawn = await page.locator('g.node.card:not(.exiting)').count();
  const detail = await detailShown(page);
  await startFrames(page);
  // Sweep it around, 4 s.
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  let halfway = '';
  for (let i = 0; i < 240; i++) {
    const t = (i / 240) * Math.PI * 2;
    await page.mouse.move(x0 - 250 + 250 * Math.cos(t), y0 + 180 * Math.sin(t));
    await page.waitForTimeout(16);
    // Proof that it pans: the drawing's transform halfway round (500 px left of the start).
    if (i === 120) {
      halfway = await page.locator('.heap-drawing').evaluate((el) => el.style.transform);
    }
  }
  await page.mouse.up();
  const stats = await stopFrames(page);
  return { ...stats, onScreen, drawn, detail, transform: halfway };
}

/** How cards are drawn at the view's scale: the level-of-detail class on the <svg>. */
function detailShown(page) {
  return page.locator('svg.heap-svg').evaluate((el) => {
    const scale = el.parentElement.style.transform.match(/scale\(([\d.]+)\)/)?.[1] ?? '1';
    const detail = el.classList.contains('lod-dots')
      ? 'dots'
      : el.classList.contains('lod-boxes')
        ? 'boxes'
        : 'full cards';
    return `${detail} at scale ${Number(scale).toFixed(2)}`;
  });
}

/** How many cards are at least partly inside the canvas's viewport. */
function cardsInView(page) {
  return page.evaluate(() => {
    const view = document.querySelector('.heap-viewport').getBoundingClientRect();
    let n = 0;
    for (const el of document.querySelectorAll('g.node.card:not(.exiting) rect.card-body')) {
      const r = el.getBoundingClientRect();
      if (r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom)
        n++;
    }
    return n;
  });
}

/**
 * Scenario 3: on a heap of a tree of `extra` + 1 lists (none folded) plus a and b, drag a's "add reference" handle onto b
 * (a.append(b)) and time, in the page, from the pointerup to the first frame after the new
 * arrow is in the document and b's badge shows its new refcount. Median of five drops, each
 * taken back (`del a[0]`) before the next.
 */
async function dropLatency(extra, reducedMotion) {
  const page = await freshPage(reducedMotion);
  if (extra > 0) await makeTree(page, extra / 100);
  await page.getByRole('button', { name: 'New list' }).click();
  await page.getByRole('button', { name: 'New list' }).click();
  await page.getByRole('button', { name: `name b`, exact: true }).waitFor();
  await page.waitForTimeout(3500);
  const idOf = (name) =>
    page.getByRole('button', { name: `name ${name}`, exact: true }).getAttribute('data-target');
  const a = await idOf('a');
  const b = await idOf('b');
  const cardA = page.locator(`g.node[data-id="${a}"] > g.hit`);
  const cardB = page.locator(`g.node[data-id="${b}"] > g.hit`);
  const times = [];
  for (let k = 0; k < 5; k++) {
    await cardA.scrollIntoViewIfNeeded();
    await cardA.hover();
    const handle = await page.locator(`g.node[data-id="${a}"] circle.handle-dot`).boundingBox();
    const target = await cardB.boundingBox();
    await page.evaluate(
      ({ a, b, still }) => {
        const w = window;
        w.__drop = new Promise((resolve) => {
          let t0 = 0;
          let t1 = 0;
          addEventListener('pointerup', (e) => (t0 = e.timeStamp), { capture: true, once: true });
          const edge = () =>
            [...document.querySelectorAll('g.edge:not(.exiting)')].find(
              (g) => g.__data__?.siteKey === `${a}:[0]`,
            );
          const badge = () =>
            document.querySelector(`g.node[data-id="${b}"] text.badge-count`)?.textContent;
          // Settled: the arrow fully faded in and the badge showing the new count.
          const settle = (t) => {
            const e = edge();
            if (e && Number(getComputedStyle(e).opacity) >= 0.99 && badge() === '2') {
              resolve({ firstFrame: t1 - t0, settled: t - t0 });
            } else requestAnimationFrame(settle);
          };
          const watch = new MutationObserver(() => {
            // With motion the badge steps to 2 at its moment in the animation; without, at once.
            if (!t0 || !edge() || (still && badge() !== '2')) return;
            watch.disconnect();
            requestAnimationFrame((t) => {
              t1 = t;
              settle(t);
            });
          });
          watch.observe(document.querySelector('svg.heap-svg'), {
            subtree: true,
            childList: true,
            characterData: true,
          });
        });
      },
      { a, b, still: reducedMotion },
    );
    const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    const to = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 12, from.y + 12, { steps: 3 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    times.push(await page.evaluate(() => window.__drop));
    // Taken back by a statement, not by Undo: a gesture made while the history is scrubbed back
    // would first ask whether to drop the later statements.
    await page.getByRole('textbox', { name: 'Python console' }).click();
    await page.keyboard.type('del a[0]');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);
  }
  await page.close();
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return {
    firstFrame: median(times.map((t) => t.firstFrame)),
    settled: median(times.map((t) => t.settled)),
    times,
    extra,
    reducedMotion,
  };
}

// ---- responsiveness (issue 8) ----

/** Records the longest main-thread task and the longest gap between frames from now on. */
async function watchMainThread(page) {
  await page.evaluate(() => {
    const w = window;
    w.__longest = 0;
    w.__maxGap = 0;
    w.__watching = true;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (t) => {
      if (!w.__watching) return;
      w.__maxGap = Math.max(w.__maxGap, t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function mainThreadFigures(page) {
  return page.evaluate(() => {
    window.__watching = false;
    return { longestTask: window.__longest, maxFrameGap: window.__maxGap };
  });
}

/** Enter on `x = [0] * 100000` → the entry's echo of `len(x)` is on screen. */
async function bigList() {
  const page = await freshPage();
  await watchMainThread(page);
  const start = Date.now();
  await run(page, 'x = [0] * 100000');
  const prompt = Date.now() - start;
  const figures = await mainThreadFigures(page);
  await page.close();
  return { prompt, ...figures };
}

/** `while True: n += 1` for two seconds: how the page answers, then Stop → KeyboardInterrupt. */
async function endlessLoop() {
  const page = await freshPage();
  await run(page, 'n = 0');
  await watchMainThread(page);
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.insertText('while True: n += 1');
  await page.keyboard.press('Enter');
  const stop = page.getByRole('button', { name: 'Stop' });
  await stop.waitFor({ timeout: 10_000 });
  await page.waitForTimeout(2000);
  // A round trip through the page's event loop while Python works.
  const t0 = Date.now();
  await page.evaluate(() => 1);
  const roundTrip = Date.now() - t0;
  const start = Date.now();
  await stop.click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ol.transcript > li')].some((li) =>
      li.textContent.includes('KeyboardInterrupt'),
    ),
  );
  const stopped = Date.now() - start;
  const figures = await mainThreadFigures(page);
  await page.close();
  return { roundTrip, stopped, ...figures };
}

/** A saved session whose second statement never ends: reload → the restore question. */
async function slowReload() {
  const page = await freshPage();
  // The page saves its own (empty) session once it has started: put ours in after that.
  await page.getByText('Setup: defines').waitFor();
  await page.evaluate(() =>
    localStorage.setItem(
      'heapscope.session',
      JSON.stringify({
        format: 'heapscope-session',
        version: 2,
        position: 2,
        statements: [
          { source: 'a = [1]', origin: 'console' },
          { source: 'while True: pass', origin: 'console' },
        ],
      }),
    ),
  );
  const start = Date.now();
  await page.reload();
  await page.getByRole('dialog', { name: 'Your session was not fully restored' }).waitFor();
  const question = Date.now() - start;
  await page.close();
  return { question };
}

/**
 * `n` Node instances (with their name strings), then undo and redo, timed to the next frame: as a
 * test drives it (Playwright's click, which first finds the button by role among the canvas's
 * ~1,000 buttons and checks it is stable, then waits for the count), and in the page, from the
 * click event to the frame after the history count changed.
 */
async function undoRedo(n) {
  const page = await freshPage();
  await run(page, 'objs = []');
  await run(page, `for i in range(${n}): objs.append(Node(str(i)))`);
  await run(page, 'last = objs[-1]');
  const count = page.locator('.history-count');
  const timed = async (button, expected) => {
    await page.evaluate((t) => {
      const w = window;
      w.__undoInPage = null;
      const clicked = () => {
        const start = performance.now();
        const check = () => {
          if (document.querySelector('.history-count')?.textContent !== t)
            return setTimeout(check, 1);
          requestAnimationFrame(() =>
            setTimeout(() => (w.__undoInPage = performance.now() - start)),
          );
        };
        check();
      };
      document.addEventListener('click', clicked, { capture: true, once: true });
    }, expected);
    const start = Date.now();
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction(
      (t) => document.querySelector('.history-count')?.textContent === t,
      expected,
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    const total = Date.now() - start;
    const inPage = await page.waitForFunction(() => window.__undoInPage);
    return { total, inPage: await inPage.jsonValue() };
  };
  await count.waitFor();
  const times = {
    undoSmall: await timed('Undo', '2 / 3'),
    undoBig: await timed('Undo', '1 / 3'),
    redoBig: await timed('Redo', '2 / 3'),
    redoSmall: await timed('Redo', '3 / 3'),
  };
  await page.close();
  return times;
}

function reportResponsiveness(r) {
  const med = (xs, f) => {
    const v = xs.map(f).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  const ms = (x) => `${x.toFixed(0)} ms`;
  const line = (label, value, goal) =>
    console.log(`${label.padEnd(62)} ${value.padStart(10)}   ${goal}`);
  console.log('\nResponsiveness (issue 8), median of runs\n');
  line('x = [0] * 100000: Enter → next prompt', ms(med(r.bigList, (x) => x.prompt)), 'goal < 2000');
  line(
    '  longest main-thread task meanwhile',
    ms(med(r.bigList, (x) => x.longestTask)),
    'goal < 100',
  );
  line('while True loop: event-loop round trip', ms(med(r.loop, (x) => x.roundTrip)), 'goal < 100');
  line(
    '  longest main-thread task while it runs',
    ms(med(r.loop, (x) => x.longestTask)),
    'goal < 100',
  );
  line('  longest gap between frames while it runs', ms(med(r.loop, (x) => x.maxFrameGap)), '');
  line('  Stop → KeyboardInterrupt in the transcript', ms(med(r.loop, (x) => x.stopped)), '');
  line(
    'reload with a slow saved statement → question',
    ms(med(r.reload, (x) => x.question)),
    'goal < 5000',
  );
  for (const [label, key] of [
    ['undo a small statement (5,000 objects)', 'undoSmall'],
    ['undo the loop that made them', 'undoBig'],
    ['redo the loop', 'redoBig'],
    ['redo the small statement', 'redoSmall'],
  ]) {
    line(label, ms(med(r.undo, (x) => x[key].total)), 'goal < 200');
    line('  in the page: click event → frame', ms(med(r.undo, (x) => x[key].inPage)), '');
  }
}

// ---- the growth demo (issue 13) ----

/** The demo run as a script in a fresh page, its memory watched from before the page loads. */
async function growthDemo() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const tab = await watchTab(page);
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('textbox', { name: 'Python console' }).waitFor();
  await enterScript(page, GROWTH_DEMO);
  const before = await tab.sample();
  const stop = tab.sampleUntilStopped(100);
  const timing = await timeRunScript(page, 120_000);
  const peak = await stop();
  const printed = await page.locator('.script-output .entry-output').allTextContents();
  const after = await tab.sample();
  const collected = await tab.afterGc();
  await tab.detach();
  await page.close();
  return { ...timing, before, peak, after, collected, printed: printed.join('\n') };
}

function reportGrowth(runs) {
  const med = (f) => {
    const v = runs.map(f).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  const line = (label, value, goal) =>
    console.log(`${label.padEnd(62)} ${value.padStart(10)}   ${goal}`);
  const python = runPython3(GROWTH_DEMO);
  const footprint = (bytes) => (bytes === null ? 'n/a' : mb(bytes));
  console.log('\nThe growth demo, 100,000 iterations (issue 13), median of runs\n');
  console.log(
    `  python3 ${python.version}: ${python.stdout.trim()} in ${python.ms.toFixed(0)} ms (the whole process)`,
  );
  for (const [i, r] of runs.entries()) {
    const same = r.printed.trimEnd() === python.stdout.trimEnd() ? 'as python3' : 'NOT as python3';
    console.log(
      `  run ${i + 1}: printed ${JSON.stringify(r.printed)} (${same}) in ${r.inPage.toFixed(0)} ms; JS heaps at most page ${mb(r.peak.page)}, worker ${mb(r.peak.worker)}, both ${mb(r.peak.both)} (${r.peak.samples} samples); renderer footprint ${footprint(r.before.footprint)} before, at most ${footprint(r.peak.footprint)}, ${footprint(r.collected.footprint)} after a full GC (page ${mb(r.collected.page)}, worker ${mb(r.collected.worker ?? 0)}); peak resident ${footprint(r.after.residentPeak)}`,
    );
  }
  console.log('');
  line(
    'growth demo: Run script → output drawn (in the page)',
    `${med((r) => r.inPage).toFixed(0)} ms`,
    'goal < 1000',
  );
  line('  JS heaps at most, page + worker', mb(med((r) => r.peak.both)), '');
  line(
    '  renderer footprint at most (RssAnon + VmSwap)',
    footprint(med((r) => r.peak.footprint ?? 0)),
    'goal < 300 MB',
  );
}

// ---- output ----

function report(r) {
  const med = (xs, f) => {
    const v = xs.map(f).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  const fps = (x) => x.toFixed(1);
  const line = (label, value, goal) =>
    console.log(`${label.padEnd(62)} ${value.padStart(10)}   ${goal}`);
  console.log('\nHeapscope UI benchmark (headless Chromium, GPU disabled, 1280×800)\n');
  for (const [i, c] of r.collect.entries()) {
    console.log(
      `  collect run ${i + 1}: median ${fps(c.medianFps)} fps, mean ${fps(c.meanFps)}, 5th pct ${fps(c.p5Fps)}, ${c.frames} frames in ${c.seconds.toFixed(1)} s, ${c.onScreen} of ${c.drawn} cards in view (${c.detail}), reached ${c.reached}`,
    );
  }
  for (const [i, p] of r.pan.entries()) {
    const z = r.panFit[i];
    console.log(
      `  pan run ${i + 1}: at 100% median ${fps(p.medianFps)} fps (mean ${fps(p.meanFps)}, 5th pct ${fps(p.p5Fps)}, ${p.onScreen} of ${p.drawn} cards in view, ${p.detail}, halfway at ${p.transform}); zoomed out median ${fps(z.medianFps)} fps (mean ${fps(z.meanFps)}, 5th pct ${fps(z.p5Fps)}, ${z.onScreen} of ${z.drawn} cards in view, ${z.detail}, halfway at ${z.transform})`,
    );
  }
  for (const [name, xs] of [
    ['drop, 2 lists', r.drop],
    ['drop, 303 lists', r.dropBig],
    ['drop, 303 lists, reduced motion', r.dropStill],
  ]) {
    const each = xs
      .map((d) =>
        d.times.map((t) => `${t.firstFrame.toFixed(0)}→${t.settled.toFixed(0)}`).join(' '),
      )
      .join(' | ');
    console.log(`  ${name} (first frame→settled, ms): ${each}`);
  }
  console.log('');
  line(
    `Median frame rate, collector walkthrough, ${med(r.collect, (c) => c.onScreen)} cards in view`,
    `${fps(med(r.collect, (c) => c.medianFps))} fps`,
    'goal ≥ 30',
  );
  line(
    'Median frame rate, panning 2,000 objects (100% zoom)',
    `${fps(med(r.pan, (p) => p.medianFps))} fps`,
    'goal ≥ 55',
  );
  line(
    'Median frame rate, panning 2,000 objects (zoomed out)',
    `${fps(med(r.panFit, (p) => p.medianFps))} fps`,
    'goal ≥ 55',
  );
  for (const [name, xs] of [
    ['2 lists', r.drop],
    ['303 lists', r.dropBig],
    ['303 lists, reduced motion', r.dropStill],
  ]) {
    line(
      `Drop → first frame with the new arrow and badge (${name})`,
      `${med(xs, (d) => d.firstFrame).toFixed(1)} ms`,
      'goal < 50',
    );
  }
  for (const [name, xs] of [
    ['2 lists', r.drop],
    ['303 lists', r.dropBig],
  ]) {
    line(
      `Drop → arrow faded in, badge stepped (${name}; animation)`,
      `${med(xs, (d) => d.settled).toFixed(0)} ms`,
      'by design',
    );
  }
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${url}`);
}
