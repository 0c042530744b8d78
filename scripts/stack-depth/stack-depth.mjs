#!/usr/bin/env node
// `node scripts/stack-depth/stack-depth.mjs`: the Python recursion depth the interpreter reaches
// in Node's main thread and in a Chromium Web Worker (default stacks), per shape of recursive
// code (see probe.ts). Needs Chromium (scripts/find-chromium.mjs) for the worker figures.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from '../find-chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bundled = await build({
  entryPoints: [join(here, 'probe.ts')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const code = bundled.outputFiles[0].text;

(0, eval)(code);
console.log(`Node ${process.version}, main thread:\n${globalThis.measure()}\n`);

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const inWorker = await page.evaluate(async (source) => {
  const blob = new Blob([`${source}\npostMessage(globalThis.measure());`], {
    type: 'text/javascript',
  });
  const worker = new globalThis.Worker(URL.createObjectURL(blob));
  return new Promise((resolve) => {
    worker.onmessage = (e) => resolve(e.data);
    worker.onerror = (e) => resolve(`error: ${e.message}`);
  });
}, code);
console.log(`Chromium ${browser.version()}, dedicated Web Worker:\n${inWorker}`);
await browser.close();
