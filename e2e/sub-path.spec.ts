/**
 * Issue 9, item 8: `npm run build` works from any folder of any static host. A plain static
 * server (no special headers, nothing outside the folder) serves dist/ under a deep sub-path; the
 * page, its worker, the lazily loaded console editor and the in-page fallback all load from there.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { runLine } from './console';

const dist = join(import.meta.dirname, '..', 'dist');
const folder = '/courses/cs101/week-3/heapscope/';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

let server: Server;
let origin = '';
/** Every path the server was asked for, and those it had to answer 404. */
const asked: string[] = [];
const missing: string[] = [];

test.beforeAll(async () => {
  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    asked.push(path);
    if (`${path}/` === folder) {
      // As static hosts do: a folder without its slash is redirected to it.
      response.writeHead(301, { location: folder }).end();
      return;
    }
    const inside = path.startsWith(folder) ? normalize(path.slice(folder.length)) : null;
    try {
      if (inside === null || inside.startsWith('..')) throw new Error('outside the folder');
      const file = join(dist, inside === '.' || inside === '' ? 'index.html' : inside);
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      missing.push(path);
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.beforeEach(() => {
  asked.length = 0;
  missing.length = 0;
});

test('the build served from a sub-path runs a statement in its worker and loads the editor', async ({
  page,
}) => {
  await page.goto(`${origin}${folder.slice(0, -1)}`);
  expect(page.url()).toBe(`${origin}${folder}`);
  await expect(page.locator('.cm-content')).toHaveCount(1, { timeout: 20_000 });
  await runLine(page, 'a = [1, 2]');
  await expect(page.getByRole('button', { name: /^list \[1, 2\], refcount 1/ })).toHaveCount(1, {
    timeout: 10_000,
  });

  const fromFolder = (pattern: RegExp) =>
    asked.filter((p) => p.startsWith(folder) && pattern.test(p));
  expect(fromFolder(/\/assets\/worker-[\w-]+\.js$/)).toHaveLength(1);
  expect(fromFolder(/\/assets\/consoleEditor-[\w-]+\.js$/)).toHaveLength(1);
  expect(fromFolder(/\/favicon\.svg$/)).toHaveLength(1);
  expect(asked.filter((p) => !p.startsWith(folder) && `${p}/` !== folder)).toEqual([]);
  expect(missing).toEqual([]);
});

test('from a sub-path, where no worker can start, the in-page interpreter loads from there', async ({
  page,
}) => {
  await page.route('**/assets/worker-*.js', (route) => route.abort());
  const fallback = page.waitForRequest(/\/assets\/inlineEngine-[\w-]+\.js$/, { timeout: 15_000 });
  await page.goto(`${origin}${folder}`);
  expect(new URL((await fallback).url()).pathname.startsWith(`${folder}assets/`)).toBe(true);
  await runLine(page, 'b = [1, 2]');
  await expect(page.getByRole('button', { name: /^list \[1, 2\], refcount 1/ })).toHaveCount(1, {
    timeout: 10_000,
  });
  expect(missing).toEqual([]);
});
