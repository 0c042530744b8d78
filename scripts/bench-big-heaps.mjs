// Big heaps in the browser (issue 8): builds the app, serves it with `vite preview`, and times in
// headless Chromium, from the Enter key to the next prompt (the transcript entry is there and a
// frame has been drawn after it):
//   1. `x = [0] * 20000` and `x = [0] * 100000`;
//   2. `for i in range(30): x = [0] * 1000000`;
//   3. `objs = []`, then `for i in range(5000): objs.append(Node(str(i)))`, then an undo (the
//      time to redraw after it);
//   4. `x = list(range(1000000))`: a heap of 10^6 objects.
// With each it prints the main thread's part that is not the interpreter (store + render), from
// the performance measures the app records (`hs:store`, `hs:render`), when it records them, and
// the longest task the page ran. It is not a test.
// Options: --port N (default 4192), --no-build (serve dist/ as it is), --dist DIR (serve another
// build, e.g. one of an older commit), --timeout S (per statement, default 120), --only a,b.
/* global window, document, requestAnimationFrame */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', '4192'));
const dist = option('--dist', null);
const timeoutMs = Number(option('--timeout', '120')) * 1000;
const only = option('--only', null)?.split(',');
const base = `http://127.0.0.1:${port}`;

if (!dist && !args.includes('--no-build')) {
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

const previewArgs = ['preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)];
if (dist) previewArgs.push('--outDir', dist);
const server = spawn(join(root, 'node_modules', '.bin', 'vite'), previewArgs, {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
await waitForServer(base);

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

const scenarios = {
  repeat20k: async (page) => [await timed(page, 'x = [0] * 20000')],
  repeat100k: async (page) => [await timed(page, 'x = [0] * 100000')],
  loop30: async (page) => [await timed(page, 'for i in range(30): x = [0] * 1000000')],
  nodes5000: async (page) => {
    await timed(page, 'objs = []');
    const made = await timed(page, 'for i in range(5000): objs.append(Node(str(i)))');
    const undo = await timedUndo(page);
    // Undo with the 5,000 Nodes still there: the heap is rebuilt, the drawing stays.
    await page.getByRole('button', { name: /^Redo/ }).click({ timeout: timeoutMs });
    await timed(page, 'y = 1');
    const undoBig = await timedUndo(page);
    undoBig.what = 'undo of `y = 1` with the 5,000 Nodes';
    return [made, undo, undoBig];
  },
  million: async (page) => [await timed(page, 'x = list(range(1000000))')],
};

try {
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (only && !only.includes(name)) continue;
    const page = await freshPage();
    try {
      for (const r of await scenario(page)) print(name, r);
    } catch (e) {
      console.log(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    }
    await page.close().catch(() => {});
  }
} finally {
  await browser.close();
  stop();
}

// ---- helpers ----

function print(name, r) {
  const parts = [`${name}: ${r.what}`, `end to end ${Math.round(r.ms)} ms`];
  if (r.engine !== null) parts.push(`engine ${r.engine.toFixed(1)} ms`);
  if (r.snapshot !== null) parts.push(`snapshot+condense ${r.snapshot.toFixed(1)} ms`);
  if (r.store !== null) parts.push(`store ${r.store.toFixed(1)} ms`);
  if (r.render !== null) parts.push(`render ${r.render.toFixed(1)} ms`);
  if (r.view !== null) parts.push(`commit to next frame ${r.view.toFixed(1)} ms`);
  parts.push(`longest task ${Math.round(r.longest)} ms`);
  if (r.cards !== null) parts.push(`${r.cards} cards`);
  if (r.notice) parts.push(`notice "${r.notice}"`);
  console.log(parts.join(', '));
}

async function freshPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('textbox', { name: 'Python console' }).waitFor();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  return page;
}

/** Runs one statement as a person would and times it, Enter to the frame after the new entry. */
async function timed(page, source) {
  const entries = page.getByRole('list', { name: 'Transcript' }).getByRole('listitem');
  const before = await entries.count();
  await page.getByRole('textbox', { name: 'Python console' }).click();
  await page.keyboard.insertText(source);
  await resetMarks(page);
  const t0 = Date.now();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length > n,
    ['ol.transcript > li', before],
    { timeout: timeoutMs, polling: 50 },
  );
  await afterFrame(page);
  const ms = Date.now() - t0;
  return { what: source, ms, ...(await readMarks(page)) };
}

async function timedUndo(page) {
  await page.waitForTimeout(3000); // the run's animation is over
  const undone = await page.locator('ol.transcript li.undone').count();
  await resetMarks(page);
  const t0 = Date.now();
  await page.getByRole('button', { name: /^Undo/ }).click({ timeout: timeoutMs });
  await page.waitForFunction(
    (n) => document.querySelectorAll('ol.transcript li.undone').length > n,
    undone,
    { timeout: timeoutMs, polling: 50 },
  );
  await afterFrame(page);
  return { what: 'undo', ms: Date.now() - t0, ...(await readMarks(page)) };
}

async function afterFrame(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

async function resetMarks(page) {
  await page.evaluate(() => {
    performance.clearMeasures();
    window.__longest = 0;
  });
}

async function readMarks(page) {
  return page.evaluate(() => {
    const sum = (name) => {
      const found = performance.getEntriesByName(name, 'measure');
      return found.length ? found.reduce((t, e) => t + e.duration, 0) : null;
    };
    const notice = document.querySelector('.canvas-omitted')?.textContent ?? '';
    return {
      engine: sum('hs:engine'),
      snapshot: sum('hs:snapshot'),
      store: sum('hs:store'),
      view: sum('hs:view'),
      render: sum('hs:render'),
      longest: window.__longest,
      cards: document.querySelectorAll('g.node:not(.exiting)').length,
      notice,
    };
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}
