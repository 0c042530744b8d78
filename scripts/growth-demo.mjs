// The seed's memory-growth demo at full size (issue 13): 100,000 parents, each holding a child
// that points back, made in a loop with the automatic collector on, run as a script in the page.
// Shared by e2e/growth-demo.spec.ts (which checks the output against python3's and reports the
// figures) and `npm run bench:ui -- --only growth` (which prints them). What is measured:
//   - the time from the click on Run script (the click event's timeStamp) to the first frame
//     after the script's output is in the document, in the page (performance.now());
//   - the JS heaps of the page and of the interpreter's Web Worker (a dedicated worker has a V8
//     heap of its own, which the page's performance.memory and Performance.getMetrics leave out),
//     each by CDP's Runtime.getHeapUsage, sampled every 100 ms during the run, and again after a
//     forced garbage collection once it is over;
//   - the memory of the tab's renderer process, which holds both and everything else the tab
//     uses: its private footprint (as Chrome's task manager shows it), sampled with the heaps,
//     and its peak resident set, where /proc can be read (Linux).
// Functions passed to page.evaluate run in the page, with the browser's globals:
/* global window, document, requestAnimationFrame, MutationObserver, Element */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The demo. Each pass makes a family of three tracked objects (the Parent, its list, the Child)
 * that only the cycle keeps alive once `p` moves on; the automatic collector frees them in batches.
 * When it runs depends on allocation counts CPython's free lists change (not modelled: see
 * docs/python-support.md, "Not compared"), so the program prints what does not depend on it: the
 * objects the collections found unreachable, summed by a gc callback (every family: 300,000),
 * and gc.garbage's length.
 */
export const GROWTH_DEMO = `import gc


class Child:
    def __init__(self, parent):
        self.parent = parent


class Parent:
    def __init__(self):
        self.children = [Child(self)]


freed = 0


def count(phase, info):
    global freed
    if phase == 'stop':
        freed += info['collected']


gc.callbacks.append(count)
for i in range(100000):
    p = Parent()
del p
gc.collect()
print(freed, len(gc.garbage))
`;

/**
 * Runs `program` with python3 (from stdin): its output, exit status and version, and the wall
 * time of the whole process (start-up included), in ms.
 */
export function runPython3(program) {
  const started = performance.now();
  const run = spawnSync('python3', ['-'], { input: program, encoding: 'utf8', timeout: 60_000 });
  const ms = performance.now() - started;
  const version = spawnSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], {
    encoding: 'utf8',
  });
  return {
    stdout: run.stdout ?? '',
    stderr: run.stderr ?? '',
    status: run.status,
    version: version.stdout?.trim() ?? '',
    ms,
  };
}

/**
 * Watches the memory of the tab: the JS heaps of `page` and of its workers, through a CDP session
 * of its own, and the renderer process that runs them. Call it before the page loads: the worker
 * the page starts is attached as it starts (and dropped when it ends). Its sessions are reached
 * with Target.sendMessageToTarget (the unflattened mode): a Playwright CDPSession cannot address a
 * flattened child session. A worker busy running Python still answers: V8 interrupts the running
 * script for the inspector.
 *
 * The renderer is the one of the browser's renderer processes that has used the most CPU, found
 * at the first sample (after the page has loaded, the page's by far). Its private footprint is
 * RssAnon + VmSwap from /proc (what Chrome's task manager shows as "Memory footprint" on Linux),
 * its peak resident set VmHWM; both null where /proc cannot be read.
 */
export async function watchTab(page) {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set();
  const waiting = new Map();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    workers.delete(e.sessionId);
    for (const [id, w] of waiting) {
      if (w.sessionId !== e.sessionId) continue;
      waiting.delete(id);
      w.resolve(null);
    }
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message);
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    w.resolve(reply.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });

  /** Sends `method` to the worker's session; null if it ended meanwhile. */
  const inWorker = (sessionId, method) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, { sessionId, resolve });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => {
          waiting.delete(id);
          resolve(null);
        });
    });

  let renderer;
  /** /proc/PID/status of the tab's renderer, or null. */
  const rendererStatus = async () => {
    renderer ??= await rendererPid(page.context().browser());
    if (renderer === null) return null;
    try {
      return readFileSync(`/proc/${renderer}/status`, 'utf8');
    } catch {
      return null;
    }
  };

  /** The memory now, in bytes (`worker*` null: no worker attached). */
  const sample = async () => {
    const [status, pageHeap, ...workerHeaps] = await Promise.all([
      rendererStatus(),
      cdp.send('Runtime.getHeapUsage'),
      ...[...workers].map((s) => inWorker(s, 'Runtime.getHeapUsage')),
    ]);
    const found = workerHeaps.filter((h) => h !== null);
    const sum = (key) => (found.length ? found.reduce((t, h) => t + h[key], 0) : null);
    const kB = (field) => {
      const value = status && new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1];
      return value ? Number(value) * 1024 : null;
    };
    const anon = kB('RssAnon');
    return {
      page: pageHeap.usedSize,
      pageCommitted: pageHeap.totalSize,
      worker: sum('usedSize'),
      workerCommitted: sum('totalSize'),
      footprint: anon === null ? null : anon + (kB('VmSwap') ?? 0),
      residentPeak: kB('VmHWM'),
    };
  };

  return {
    sample,
    /** The memory after a full garbage collection in the page and in its worker(s). */
    async afterGc() {
      await Promise.all([
        cdp.send('HeapProfiler.collectGarbage'),
        ...[...workers].map((s) => inWorker(s, 'HeapProfiler.collectGarbage')),
      ]);
      return sample();
    },
    /**
     * Samples every `everyMs` until the returned function is called, which takes a last sample
     * (the page's heap grows most as the run's result arrives) and resolves to the highest figures
     * seen: used JS heap of the page, of the worker and of both in one sample, and the renderer's
     * footprint; and how many samples were taken.
     */
    sampleUntilStopped(everyMs = 100) {
      const peak = { page: 0, worker: 0, both: 0, footprint: null, samples: 0 };
      const add = (s) => {
        peak.page = Math.max(peak.page, s.page);
        peak.worker = Math.max(peak.worker, s.worker ?? 0);
        peak.both = Math.max(peak.both, s.page + (s.worker ?? 0));
        if (s.footprint !== null) peak.footprint = Math.max(peak.footprint ?? 0, s.footprint);
        peak.samples++;
      };
      let going = true;
      const loop = (async () => {
        while (going) {
          const next = new Promise((r) => setTimeout(r, everyMs));
          add(await sample());
          await next;
        }
      })();
      return async () => {
        going = false;
        await loop;
        add(await sample());
        return peak;
      };
    },
    detach: () => cdp.detach(),
  };
}

/** The pid of the browser's renderer process that has used the most CPU, or null. */
async function rendererPid(browser) {
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const renderers = processInfo.filter((p) => p.type === 'renderer');
    renderers.sort((a, b) => b.cpuTime - a.cpuTime);
    return renderers[0]?.id ?? null;
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks Run script (the Script tab is open, the editor holds the program) and waits for the
 * script's output. Returns the page's figures: `inPage`, ms from the click event to the first
 * frame after the output is in the document; `seen`, ms from before Playwright's click until it
 * sees the output (Date.now() here); and the last progress line the run status showed, if any
 * ("Running … · 1.2 s · 400k objects · 30.0 MB", with a Stop button).
 */
export async function timeRunScript(page, timeoutMs) {
  await page.evaluate(() => {
    const w = window;
    w.__growthRun = new Promise((resolve) => {
      let clicked = null;
      let status = '';
      let stop = false;
      document.addEventListener(
        'click',
        (e) => {
          if (e.target instanceof Element && e.target.closest('.script-run')) clicked = e.timeStamp;
        },
        { capture: true },
      );
      const watch = new MutationObserver(() => {
        const shown = document.querySelector('.run-status .run-text')?.textContent;
        if (shown) status = shown;
        if (document.querySelector('.run-status .stop-button')) stop = true;
        if (clicked === null || !document.querySelector('.script-output')) return;
        watch.disconnect();
        requestAnimationFrame((t) => resolve({ inPage: t - clicked, status, stop }));
      });
      watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
  const started = Date.now();
  await page.getByRole('button', { name: 'Run script' }).click();
  await page.locator('.script-output').waitFor({ timeout: timeoutMs });
  const seen = Date.now() - started;
  const inPage = await page.evaluate(() => window.__growthRun);
  return { ...inPage, seen };
}

/** Opens the Script tab and puts `program` in its editor, replacing what is there. */
export async function enterScript(page, program) {
  await page.getByRole('tab', { name: 'Script' }).click();
  await page.getByRole('textbox', { name: 'Python script' }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(program);
}

/** Megabytes (2^20 bytes), one decimal. */
export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
