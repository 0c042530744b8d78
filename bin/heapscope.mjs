#!/usr/bin/env node
// `heapscope run FILE.py`: the CLI, bundled from src/ on first use (see scripts/run-bundled.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/run-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await bundle(join(root, 'src', 'cli', 'bin.ts'));
await import(pathToFileURL(out).href);
