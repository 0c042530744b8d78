/**
 * Parts of the app that no first heap needs (the inspector's details, the context menu, the
 * dialogs, the collector walkthrough…) are loaded apart, with import(): when first wanted, or
 * earlier, when the page is idle after the first heap is drawn (laterParts.tsx `useLoadAhead`). The page's
 * first load is smaller without them (scripts/bundle-size.mjs).
 */
import { useEffect, useState } from 'react';

export interface Later<M> {
  /** Loads the part (once; again after a failure). */
  load(): Promise<M>;
  /** The part's module, once it has come. */
  readonly loaded: M | null;
}

export function later<M>(importer: () => Promise<M>): Later<M> {
  let loading: Promise<M> | null = null;
  const part = {
    loaded: null as M | null,
    load(): Promise<M> {
      loading ??= importer().then(
        (module) => (part.loaded = module),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
  return part;
}

/**
 * The part's module, or null until it has come: it is loaded while `wanted` holds (a dialog is
 * open, an object selected), and once it has come it stays. Where it could not be loaded, what
 * is drawn without it stays, and it is asked for again the next time it is wanted.
 */
export function useLater<M>(part: Later<M>, wanted: boolean): M | null {
  const [, setCame] = useState(false);
  useEffect(() => {
    if (!wanted || part.loaded) return;
    let live = true;
    part.load().then(
      () => {
        if (live) setCame(true);
      },
      (error: unknown) => console.warn('A part of the page could not be loaded.', error),
    );
    return () => {
      live = false;
    };
  }, [part, wanted]);
  return part.loaded;
}

/**
 * Runs `work` when the page is next idle (or soon, where the browser cannot say): for loading
 * ahead what is likely wanted soon, without delaying what is drawn now.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}
