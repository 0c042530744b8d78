/**
 * From gestures to Python: every mouse and keyboard gesture of the explorer ends here, finds its
 * action in the registry, and either runs the action's Python through `runPython` or says, in the
 * status line, why it can't (an object no name reaches, a tuple's item). Nothing here changes the
 * heap any other way. While a step of a script is drawn, gestures on what it shows are refused.
 */
import {
  DELETE_ACTIONS,
  REFERENCE_ACTIONS,
  resolve,
  type Action,
  type ActionInput,
} from '../actions/registry';
import { bindName } from '../actions/bindName';
import { objectById } from '../actions/objectKinds';
import { describeObject, pythonPaths } from '../actions/paths';
import type { Selection } from '../store/selection';
import type { RunOptions } from '../store/sessionStore';
import type { SessionStore } from './core/appCore';
import type { InteractionStore } from './interactionStore';

/** The gestures of one app mount, bound to its stores. */
export type Gestures = ReturnType<typeof createGestures>;

export function createGestures(core: {
  readonly session: SessionStore;
  readonly interaction: InteractionStore;
}) {
  const useSession = core.session;
  const useInteraction = core.interaction;

  function say(text: string): void {
    useInteraction.getState().say(text, useSession.getState().lastRun?.seq ?? 0);
  }

  /**
   * Whether a step of a script is drawn while the gesture names something on it: what it selected
   * is on that step's heap, not on the live heap actions run on, so it is refused, saying why.
   */
  function onAStep(selection: Selection | null): boolean {
    const { script } = useSession.getState();
    if (selection === null || script === null || script.step === null) return false;
    say('This is the heap at a step of the script: press End in the Script pane to act on it.');
    return true;
  }

  /**
   * Runs `action` on `selection` with what the gesture supplied, asking for text first if the action
   * needs some. Resolves to the Python that ran, or null if it did not run (yet).
   */
  async function perform(
    action: Action,
    selection: Selection | null,
    input: Partial<Omit<ActionInput, 'snapshot'>> = {},
    run: RunOptions = {},
  ): Promise<string | null> {
    const { snapshot, runPython, busy } = useSession.getState();
    if (busy?.stoppable) {
      say(`Python is still busy (${busy.label}): wait for it, or press Stop.`);
      return null;
    }
    if (onAStep(selection)) return null;
    const applies = action.appliesTo(selection, snapshot);
    if (!applies.ok) {
      say(applies.reason || `${action.label} does not apply here.`);
      return null;
    }
    if (input.target !== undefined && action.acceptsTarget) {
      const accepts = action.acceptsTarget(selection, input.target, snapshot);
      if (!accepts.ok) {
        say(accepts.reason);
        return null;
      }
    }
    const full: ActionInput = { ...input, snapshot };
    if (action.prompt && input.text === undefined) {
      const initial = action.prompt.initial(selection, full);
      useInteraction.getState().ask({ action, selection, input: full, initial });
      return null;
    }
    // Scrubbed back, the person agrees to drop the later statements before any of the action's
    // statements runs (the store would ask too, but about its first statement only).
    const { position, transcript, askToDropUndone } = useSession.getState();
    if (!run.dropUndone && position < transcript.length) {
      askToDropUndone(preview(action, selection, full), (drop) => {
        if (drop) void perform(action, selection, input, { dropUndone: true });
        else say('Cancelled: nothing ran.');
      });
      return null;
    }
    // Imports and containers the statement needs come first, each shown as its own statement.
    for (const first of action.prerequisites?.(selection, full) ?? []) {
      const entry = await runPython(first, 'canvas', run);
      if (!entry?.ok) return null;
    }
    const now = { ...full, snapshot: useSession.getState().snapshot };
    const source = action.toPython(selection, now);
    const entry = await runPython(source, 'canvas', run);
    return entry ? source : null;
  }

  /** The answer to the question an action asked; null cancels the action. */
  function answer(text: string | null): void {
    const { question, ask } = useInteraction.getState();
    ask(null);
    if (!question || text === null) {
      if (question) say('Cancelled: nothing ran.');
      return;
    }
    void perform(question.action, question.selection, { ...question.input, text });
  }

  /** R on a name or an object: choose the action, then wait for the person to pick the target. */
  function startReference(from: Selection | null): void {
    if (onAStep(from)) return;
    const { snapshot } = useSession.getState();
    const found = resolve(REFERENCE_ACTIONS, from, snapshot);
    if (!found.ok || !from) {
      say(
        found.ok
          ? 'Select a name, list, dict or instance first.'
          : found.reason ||
              (from?.kind === 'object'
                ? `A ${objectById(snapshot, from.id)?.type ?? 'object'} can't be given new references from here: only lists, dicts and instances of classes can.`
                : 'Select a name, or a list, dict or instance, to add a reference from it.'),
      );
      return;
    }
    useInteraction.getState().setPick({ from, action: found.action });
    say(
      `${pickPrompt(from)} Move to it with Tab or the arrow keys and press Enter; Escape cancels.`,
    );
  }

  /** What the status line asks while picking: "Pick the object that a will refer to." */
  function pickPrompt(from: Selection): string {
    const { snapshot } = useSession.getState();
    if (from.kind === 'name') return `Pick the object that the name ${from.name} will refer to.`;
    const view = from.kind === 'object' ? objectById(snapshot, from.id) : undefined;
    const who = view ? describeObject(view, pythonPaths(snapshot)) : 'this object';
    return `Pick the object that ${who} will refer to.`;
  }

  /** The picked object completes a pending R; returns false if nothing was pending. */
  function completePick(target: number): boolean {
    const { pick, setPick } = useInteraction.getState();
    if (!pick) return false;
    setPick(null);
    void perform(pick.action, pick.from, { target });
    return true;
  }

  function cancelPick(): void {
    const { pick, setPick } = useInteraction.getState();
    if (!pick) return;
    setPick(null);
    say('Cancelled: nothing ran.');
  }

  /** A name row dropped on an object: `b = a`. */
  function dropName(name: Selection, target: number): void {
    void perform(bindName, name, { target });
  }

  /** An object's "add reference" handle dropped on another object: `a.append(b)` and friends. */
  function dropReference(source: number, target: number): void {
    const from: Selection = { kind: 'object', id: source };
    const { snapshot } = useSession.getState();
    const found = resolve(REFERENCE_ACTIONS, from, snapshot);
    if (!found.ok) {
      say(
        found.reason || 'Only lists, dicts and instances of classes can be given new references.',
      );
      return;
    }
    void perform(found.action, from, { target });
  }

  /** Delete on a selection: `del b`, `del a[1]`, `del n1.next`, or why not. */
  function deleteSelection(selection: Selection | null): void {
    if (onAStep(selection)) return;
    const { snapshot } = useSession.getState();
    const found = resolve(DELETE_ACTIONS, selection, snapshot);
    if (found.ok) {
      void perform(found.action, selection);
      return;
    }
    if (found.reason) {
      say(found.reason);
    } else if (selection?.kind === 'object') {
      say(
        'An object is never deleted directly: select a name or an arrow that refers to it and press Delete. The object goes when its refcount reaches 0.',
      );
    } else {
      say('Select a name or an arrow first, then press Delete.');
    }
  }

  return {
    say,
    perform,
    answer,
    startReference,
    pickPrompt,
    completePick,
    cancelPick,
    dropName,
    dropReference,
    deleteSelection,
  };
}

/** The statement an action will run, for a question asked before it runs. */
function preview(action: Action, selection: Selection | null, input: ActionInput): string {
  try {
    return action.toPython(selection, input);
  } catch {
    return action.label;
  }
}
