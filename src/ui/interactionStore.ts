/**
 * State of the interaction itself, not of the heap: a notice for the status line, the "pick an
 * object" mode of the keyboard's add-reference gesture, the question asked before an action runs
 * (a dict key), the help overlay, whether the setup's objects are drawn, and how to export the
 * drawing (the canvas gives it when it is mounted, for the Export buttons wherever they are),
 * which pane the console shows (Console, Script or Lessons), the lesson an address asked for, and
 * the learner's answer to a lesson's "which objects survive?" while it is asked (the Lessons pane
 * and the canvas both change it).
 */
import { create } from 'zustand';
import type { Action, ActionInput } from '../actions/registry';
import type { Selection } from '../store/selection';
import { toggled, type SurvivorGuess } from './lessons/survivorGuess';

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

/** The console's panes, behind tabs (src/ui/script/PaneTabs.tsx). */
export type ConsolePane = 'console' | 'script' | 'lessons';

/** A lesson to start, at a step (0-based): from the address (`?lesson=NAME&step=N`). */
export interface LessonLink {
  readonly name: string;
  readonly step: number;
}

export interface InteractionState {
  readonly notice: Notice | null;
  readonly pick: Pick | null;
  readonly question: Question | null;
  readonly helpOpen: boolean;
  readonly showSetup: boolean;
  /** The reachability overlay: objects no name reaches through strong references are marked. */
  readonly showReachability: boolean;
  /** Shared objects (small ints, interned strs, None, booleans) drawn inline in their slots. */
  readonly inlineValues: boolean;
  readonly menu: Menu | null;
  /** The whole drawing as a standalone SVG file's text; null while no canvas is mounted. */
  readonly drawingSvg: (() => Promise<string>) | null;
  /** The console's pane shown: the header's Lessons button shows the Lessons pane too. */
  readonly consolePane: ConsolePane;
  /** A lesson the Lessons pane is to start once it has loaded (once for each link given). */
  readonly lessonLink: LessonLink | null;
  /**
   * While a lesson asks which objects survive its step: the objects offered and those guessed to
   * survive. Activating an offered card (or a name bound to one) toggles it instead of selecting.
   */
  readonly survivorGuess: SurvivorGuess | null;
  say(text: string, after: number): void;
  setPick(pick: Pick | null): void;
  ask(question: Question | null): void;
  setHelpOpen(open: boolean): void;
  setShowSetup(show: boolean): void;
  setShowReachability(show: boolean): void;
  setInlineValues(inline: boolean): void;
  setMenu(menu: Menu | null): void;
  setDrawingSvg(drawingSvg: (() => Promise<string>) | null): void;
  setConsolePane(pane: ConsolePane): void;
  /** Shows the Lessons pane, which starts `link` (null: just shows it). */
  openLesson(link: LessonLink | null): void;
  /** Starts (a fresh guess) or ends (null) a survivors question. */
  setSurvivorGuess(guess: SurvivorGuess | null): void;
  /**
   * Ticks or unticks object `id` in the guess; false (nothing changes) when no survivors question
   * is asked or `id` is not one of the objects it offers.
   */
  toggleSurvivor(id: number): boolean;
}

export type InteractionStore = ReturnType<typeof createInteractionStore>;

/** One app's interaction state (each mount of the app has its own). */
export const createInteractionStore = () =>
  create<InteractionState>()((set, get) => ({
    notice: null,
    pick: null,
    question: null,
    helpOpen: false,
    showSetup: false,
    showReachability: true,
    inlineValues: false,
    menu: null,
    drawingSvg: null,
    consolePane: 'console',
    lessonLink: null,
    survivorGuess: null,
    say: (text, after) => set({ notice: { text, after } }),
    setPick: (pick) => set({ pick }),
    ask: (question) => set({ question }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setShowSetup: (showSetup) => set({ showSetup }),
    setShowReachability: (showReachability) => set({ showReachability }),
    setInlineValues: (inlineValues) => set({ inlineValues }),
    setMenu: (menu) => set({ menu }),
    setDrawingSvg: (drawingSvg) => set({ drawingSvg }),
    setConsolePane: (consolePane) => set({ consolePane }),
    openLesson: (lessonLink) => set({ consolePane: 'lessons', lessonLink }),
    setSurvivorGuess: (survivorGuess) => set({ survivorGuess }),
    toggleSurvivor: (id) => {
      const guess = get().survivorGuess;
      if (!guess?.offered.has(id)) return false;
      set({ survivorGuess: toggled(guess, id) });
      return true;
    },
  }));
