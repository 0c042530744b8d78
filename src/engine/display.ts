/**
 * Short reprs for the view and for event labels. Unlike the interpreter's `repr`, these never run
 * Python code (no `__repr__` calls, no refcount changes), so drawing the heap cannot change it.
 * Each class writes its own (`PyObject.display`, see slots.ts).
 */
import type { PyObject } from './objects';
import type { DisplayOut } from './slots';

export { strRepr } from './strRepr';

/** A repr of at most about `budget` characters, with `...` for what does not fit or recurses. */
export function displayRepr(o: PyObject, budget = DISPLAY_BUDGET): string {
  const out = new Writer(budget);
  out.write(o);
  return withinBudget(out.text, budget);
}

export const DISPLAY_BUDGET = 40;

/** A repr's text cut to `budget` characters, as displayRepr cuts it. */
export function withinBudget(text: string, budget = DISPLAY_BUDGET): string {
  return text.length > budget ? text.slice(0, Math.max(0, budget - 1)) + '…' : text;
}

class Writer implements DisplayOut {
  text = '';
  private containers: Set<PyObject> | null = null;
  constructor(readonly budget: number) {}
  /** Made when a container asks: most reprs (every allocation's event has one) need none. */
  get seen(): Set<PyObject> {
    return (this.containers ??= new Set());
  }
  write(o: PyObject): void {
    if (this.text.length > this.budget) return;
    o.display(this);
  }
}
