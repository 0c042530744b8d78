import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { SINGLE_FILE_DIR, SINGLE_FILE_MODE, singleFile } from './scripts/single-file.ts';
import { noHighlighting } from './scripts/no-highlighting.ts';

/**
 * The built page's Content-Security-Policy: scripts and workers only from the page's own origin
 * (no inline script, no eval), nothing embedded, no base or form targets. Styles allow inline
 * ones: CodeMirror and the canvas set styles from script. The dev server needs inline scripts
 * (React refresh), so the policy is added to the build only. (The single file has its own:
 * scripts/single-file.ts.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'heapscope-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Cross-origin isolation lets the page share memory with the interpreter's worker, so Stop reaches
 * a running statement at once. Where a host cannot send these headers the page still works: Stop
 * then ends the worker and restores the session by replay.
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig(({ mode }) => {
  const single = mode === SINGLE_FILE_MODE;
  return {
    // Every URL the build writes is relative, so dist/ works from any folder of any static host.
    base: './',
    plugins: single
      ? [react(), viteSingleFile(), ...singleFile()]
      : [react(), contentSecurityPolicy()],
    // The single file's worker starts from a blob: URL, where only a classic worker can start.
    worker: { format: single ? 'iife' : 'es', plugins: () => [noHighlighting()] },
    build: single
      ? { outDir: SINGLE_FILE_DIR, emptyOutDir: true }
      : {
          // Every browser the app runs in (module workers, SharedArrayBuffer) has modulepreload.
          modulePreload: { polyfill: false },
          rollupOptions: {
            // The app, and the example slide deck that embeds it (deck/: reveal.js from npm).
            input: { main: 'index.html', deck: 'deck/index.html' },
          },
        },
    ...(single && { publicDir: false as const }),
    server: { headers: isolation },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      headers: isolation,
    },
  };
});
