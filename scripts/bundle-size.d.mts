/** Types for scripts/bundle-size.mjs (the e2e specs import it). */
export interface FileSize {
  /** Relative to the dist folder, e.g. `assets/index-abc123.js`. */
  file: string;
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  /** What the page fetches before the first heap is drawn. */
  first: FileSize[];
  /** What it loads later, with import(). */
  lazy: FileSize[];
  firstGzip: number;
}

export const FIRST_LOAD_BUDGET: number;
export function measureFirstLoad(dist?: string): Promise<FirstLoad>;
