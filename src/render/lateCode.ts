/**
 * Code the canvas uses but the first load does not carry (the arrow router, the group cards, the
 * labels' placement): fetched once per page with `import()`, again after a failure, and read
 * synchronously once it has come (null until then), so a drawing made before it came is drawn
 * without it and again with it (heapCanvas.ts).
 */
export interface LateCode<T> {
  /** Fetches it (once; again after a failure); resolves with it. */
  load(): Promise<T>;
  /** The code, or null while it has not come. */
  now(): T | null;
}

export function lateCode<T>(fetch: () => Promise<T>): LateCode<T> {
  let code: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load() {
      loading ??= fetch().then(
        (loaded) => (code = loaded),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    now: () => code,
  };
}
