/**
 * State of the interaction itself, not of the heap: a notice for the status line, the "pick an
 * object" mode of the keyboard's add-reference gesture, the question asked before an action runs
 * (a dict key), the help overlay, whether the setup's objects are drawn, and how to export the
 * drawing (the canvas gives it when it is mounted, for the Export buttons wherever they are).
 */
import { create } from 'zustand';
import type { Action, ActionInput } from '../actions/registry';
import type { Selection } from '../store/selection';

export interface Notice {
  readonly text: string;
  /** The `seq` of the last heap change when the notice was given: a newer change replaces it. */
  readonly after: number;
}

/** Waiting for the person to pick the object a name or slot will refer to. */
export interface Pick {
  readonly from: Selection;
  readonly action: Action;
}

/** An action waiting for a piece of text (the key of `d['k'] = b`). */
export interface Question {
  readonly action: Action;
  readonly selection: Selection | null;
  readonly input: Omit<ActionInput, 'text'>;
  readonly initial: string;
}

/** The context menu, open on an item at a point of the page. */
export interface Menu {
  readonly item: Selection;
  readonly x: number;
  readonly y: number;
  /** The element that had the focus, to give it back when the menu closes. */
  readonly opener: Element | null;
}

export interface InteractionState {
  readonly notice: Notice | null;
  readonly pick: Pick | null;
  readonly question: Question | null;
  readonly helpOpen: boolean;
  readonly showSetup: boolean;
  /** The reachability overlay: objects no name reaches through strong references are marked. */
  readonly showReachability: boolean;
  readonly menu: Menu | null;
  /** The whole drawing as a standalone SVG file's text; null while no canvas is mounted. */
  readonly drawingSvg: (() => Promise<string>) | null;
  say(text: string, after: number): void;
  setPick(pick: Pick | null): void;
  ask(question: Question | null): void;
  setHelpOpen(open: boolean): void;
  setShowSetup(show: boolean): void;
  setShowReachability(show: boolean): void;
  setMenu(menu: Menu | null): void;
  setDrawingSvg(drawingSvg: (() => Promise<string>) | null): void;
}

export type InteractionStore = ReturnType<typeof createInteractionStore>;

/** One app's interaction state (each mount of the app has its own). */
export const createInteractionStore = () =>
  create<InteractionState>()((set) => ({
    notice: null,
    pick: null,
    question: null,
    helpOpen: false,
    showSetup: false,
    showReachability: true,
    menu: null,
    drawingSvg: null,
    say: (text, after) => set({ notice: { text, after } }),
    setPick: (pick) => set({ pick }),
    ask: (question) => set({ question }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setShowSetup: (showSetup) => set({ showSetup }),
    setShowReachability: (showReachability) => set({ showReachability }),
    setMenu: (menu) => set({ menu }),
    setDrawingSvg: (drawingSvg) => set({ drawingSvg }),
  }));
