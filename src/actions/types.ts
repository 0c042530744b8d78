/**
 * The shape of a user action. Each action turns a gesture (a palette click, a drop, a key) into
 * Python text; the text runs through the store's `runPython`, so it is in the transcript and the
 * heap changes only the way Python changes it. Keyboard, mouse, the inspector and tests all go
 * through the same registry (`registry.ts`).
 */
import type { HeapSnapshot } from '../engine/snapshot';
import type { Selection } from '../store/selection';

/** Whether an action can be done now, and if not, a sentence that says why. */
export type Applicability = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export const OK: Applicability = { ok: true };
export const no = (reason: string): Applicability => ({ ok: false, reason });

export interface ActionInput {
  /** The heap the gesture was made on. */
  readonly snapshot: HeapSnapshot;
  /** The object dropped on or picked, for actions that make a reference to one. */
  readonly target?: number;
  /** What the person typed when asked (a dict key, an attribute name). */
  readonly text?: string;
  /** The class to instantiate, for the palette's user classes. */
  readonly className?: string;
  /** The generation to collect (Collect's choice: 0, 1 or 2). */
  readonly generation?: number;
}

/** Asks the person for a piece of text before the action runs (the key of `d['k'] = b`). */
export interface ActionPrompt {
  readonly title: string;
  readonly label: string;
  readonly hint: string;
  /** A sensible first answer, already filled in. */
  initial(selection: Selection | null, input: ActionInput): string;
  /** Null if the answer can be used, else what is wrong with it. */
  check(text: string): string | null;
}

export interface Action {
  readonly id: string;
  /** Button and menu text: "New list", "Delete name". */
  readonly label: string;
  /** `KeyboardEvent.key` that triggers it ("l", "Delete"), or null; listed in the help overlay. */
  readonly shortcut: string | null;
  appliesTo(selection: Selection | null, snapshot: HeapSnapshot): Applicability;
  /** For actions that point something at an object: whether `target` can be pointed at. */
  acceptsTarget?(
    selection: Selection | null,
    target: number,
    snapshot: HeapSnapshot,
  ): Applicability;
  readonly prompt?: ActionPrompt;
  /**
   * Statements to run first, each its own entry in the transcript (`import gc`, the
   * `cache = weakref.WeakValueDictionary()` to put things in); none by default.
   */
  prerequisites?(selection: Selection | null, input: ActionInput): string[];
  /** The Python statement; only called when `appliesTo` (and `acceptsTarget`) said ok. */
  toPython(selection: Selection | null, input: ActionInput): string;
}
