/**
 * `npm run build:single`: the whole app in one HTML file that works opened from file:// (slides
 * shown without a network). vite-plugin-singlefile inlines the script and the style sheet (lazy
 * chunks included: code splitting is off); the plugins here do the rest:
 * - the interpreter's worker travels inside the page (`pageWorker.inline.ts`) and starts from a
 *   blob: URL, since a file:// page can load no worker from a file;
 * - the favicon becomes a data: URL, so the page asks for nothing outside itself;
 * - the Content-Security-Policy allows exactly the inlined scripts, by their SHA-256 hashes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const SINGLE_FILE_MODE = 'single';
export const SINGLE_FILE_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'heapscope.html';

const root = fileURLToPath(new URL('..', import.meta.url));
const pageWorker = `${root}src/store/pageWorker.ts`;
const inlinePageWorker = `${root}src/store/pageWorker.inline.ts`;

/**
 * The single file's policy. Scripts: only the inlined ones, by hash (no 'unsafe-inline', no eval).
 * Workers: blob: only, for the interpreter's thread; a blob URL can be made only by script that
 * already runs here, so this lets in nothing from outside. Styles: inline, as in the served
 * build (CodeMirror and the canvas set styles from script). Nothing else: no requests at all.
 */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The single file's plugins; they go after vite-plugin-singlefile's (they finish its work). */
export function singleFile(): Plugin[] {
  return [
    {
      name: 'heapscope-single-file-worker',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        if (!source.endsWith('/pageWorker')) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved?.id === pageWorker ? inlinePageWorker : null;
      },
    },
    {
      name: 'heapscope-single-file-favicon',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) =>
          html.replace(
            /(<link rel="icon" type="image\/svg\+xml" href=")\/favicon\.svg"/,
            (_, head) => {
              const svg = readFileSync(`${root}public/favicon.svg`);
              return `${head}data:image/svg+xml;base64,${svg.toString('base64')}"`;
            },
          ),
      },
    },
    {
      name: 'heapscope-single-file-policy',
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const page = bundle['index.html'];
          if (!page || page.type !== 'asset') {
            this.error('the single-file build has no index.html to finish');
          }
          let html = String(page.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
            ([, code]) => createHash('sha256').update(code!, 'utf8').digest('base64'),
          );
          if (hashes.length === 0) this.error('the single-file build inlined no script');
          if (
            /<script\b[^>]*\bsrc=/.test(html) ||
            /<link\b[^>]*rel="(stylesheet|modulepreload)"/.test(html)
          )
            this.error('the single-file build still loads a file: it would not work alone');
          const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(hashes)}" />`;
          html = html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${meta}`);
          if (!html.includes(meta)) this.error('the single-file build has no <meta charset>');
          delete bundle['index.html'];
          this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
        },
      },
    },
  ];
}
