/**
 * The lesson format. A lesson is a narrated script: plain data (strings, numbers, arrays) that a
 * teacher can copy, edit and play with the Lessons panel (`?lesson=NAME&step=N`). Each lesson is
 * one module in src/lessons/ that exports one `Lesson`; src/lessons/index.ts lists them in
 * teaching order.
 *
 * A step is played in three moves: its `predict` question is asked (if it has one), its `python`
 * runs, one statement at a time, as if typed into the console, and the canvas highlights what
 * `look` names. Steps are cumulative: step N starts from the heap steps 1..N-1 left.
 *
 * Python in a lesson prints with `print(...)`: a bare expression statement (`sys.getrefcount(a)`)
 * would be echoed by the console but print nothing in a script, and every lesson is also a
 * conformance script (conformance/lesson_<name>.py) whose output must be python3's.
 */

/** The CPython a heap imitates: 3.11 is checked against python3; 2.7 and 3.12 are Heapscope's
 * models of what those versions did differently (docs/python-support.md, "Profiles"). */
export type LessonProfile = '2.7' | '3.11' | '3.12';

export interface Lesson {
  /** The lesson's name in the address (`?lesson=references`) and in conformance/lesson_<name>.py:
   * lowercase letters, digits and `-` (a `-` becomes `_` in the file name). */
  readonly name: string;
  /** Shown as the lesson's heading, e.g. 'References and sys.getrefcount'. */
  readonly title: string;
  /** One sentence for the list of lessons: what the lesson shows. */
  readonly summary: string;
  /** The CPython the lesson's heap imitates (default '3.11'). */
  readonly profile?: LessonProfile;
  /** 5 to 12 steps. */
  readonly steps: readonly LessonStep[];
}

export interface LessonStep {
  /** The narration: short, in a teacher's voice, plain text; `code` in backquotes. */
  readonly text: string;
  /**
   * The statements the step runs, in order, each as one console entry (REPL 'single' mode): a
   * simple statement (`a = []`, `del b`, `l1.append(l2); l2.append(l1)`) or a whole compound
   * statement with its indented block (`def f(x):\n    return x`, a class, a `for` loop, a
   * `try`), without blank lines inside. A step without `python` only talks.
   */
  readonly python?: readonly string[];
  /**
   * What to look at once the step has run: names of Globals (`a`) and paths from them through
   * attributes and items (`a.next`, `objs[1]`, `cache['x']`), resolved on the heap by
   * `resolveLook` (look.ts). The canvas highlights these objects.
   */
  readonly look?: readonly string[];
  /** A question asked before `python` runs; after it ran, the answer is shown and explained. */
  readonly predict?: Prediction;
  /**
   * This step's CPython, when it is not the lesson's. Steps that share a profile share a heap; a
   * step whose profile differs from the step before it starts a new session of its profile
   * (the statements of the steps before it are not replayed there), so it makes what it shows
   * itself. Steps that are not 3.11 are left out of the lesson's conformance script.
   */
  readonly profile?: LessonProfile;
}

export type Prediction =
  /** "What does `print(sys.getrefcount(a))` print?": the answer is the last line the step's
   * `python` prints (the lesson test checks it is the line python3 printed). */
  | { readonly kind: 'output'; readonly question: string; readonly explain: string }
  /** A multiple-choice question; `answer` is the index of the right option in `options`. */
  | {
      readonly kind: 'choice';
      readonly question: string;
      readonly options: readonly string[];
      readonly answer: number;
      readonly explain: string;
    }
  /** "Which objects survive?": the learner picks, among the names bound before `python` runs,
   * those whose objects will still be alive after it; the reveal says which were. */
  | { readonly kind: 'survivors'; readonly question: string; readonly explain: string };
