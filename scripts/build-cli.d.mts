/** Types for scripts/build-cli.mjs (scripts/build-cli.test.ts imports it). */
export const CLI_DIR: string;
/** dist-cli/heapscope.mjs (the main thread), heapscope-worker.cjs and heapscope-program.cjs. */
export const CLI_BUNDLES: readonly string[];
/** The hash the bundles would carry if they were built now. */
export function currentSourceHash(): Promise<string>;
/** The hash a built bundle carries; null when it is missing or has none. */
export function builtSourceHash(file?: string): string | null;
export function buildCli(): Promise<{ hash: string; files: string[] }>;
