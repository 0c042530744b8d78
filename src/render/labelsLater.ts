/**
 * The label placement's code (labelLayout.ts), loaded once per page after the first load: until
 * it has come, `labelLayout()` is null and labels stand where they prefer.
 */
type LabelLayout = typeof import('./labelLayout');

let code: LabelLayout | null = null;
let loading: Promise<LabelLayout> | null = null;

/** Loads it (again after a failure); resolves once labels are placed clear of each other. */
export function loadLabelLayout(): Promise<LabelLayout> {
  loading ??= import('./labelLayout').then(
    (loaded) => (code = loaded),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The placement's code, or null while it has not come. */
export function labelLayout(): LabelLayout | null {
  return code;
}
