/**
 * Checkpoints of a live interpreter, for undo, redo and time travel without replaying a session
 * from its start.
 *
 * A checkpoint is a memento of every JavaScript object reachable from a root (the interpreter):
 * for each one, the values of its own properties (an array's items, a Map's entries, a Set's
 * members). Restoring writes those values back into the very same objects, so everything that
 * captured them (the compiled closures hold the interpreter, the heap and their constants) stays
 * valid; objects made after the checkpoint are simply no longer referenced. Restoring is exact:
 * the next statement allocates the same addresses and prints the same refcounts as a fresh replay.
 *
 * What a memento cannot see is state kept inside a closure. Functions stored on objects are
 * therefore refused unless their key is known to hold a stateless function (`STATELESS_KEYS`);
 * a graph holding any other function (a suspended weak-container iteration, say) cannot be
 * captured, and `capture` returns null: the caller then replays from an earlier checkpoint.
 *
 * A frozen object is a constant (the interpreter's library, a table of code): it cannot change, so
 * it is neither captured nor looked into.
 */

/**
 * Keys whose function values keep no state of their own: compiled code bodies and a generator
 * function's resumable body (their state lives in frames and code units, which are captured; a
 * suspended generator's runner is refused below), built-in implementations, the interpreter's
 * output and finalizer hooks, the event log's `siteOf` (it asks the heap, which is captured) and
 * the heap's `newBulkRecorder`, and the interpreter's `pausedViewOnce` (it asks the interpreter).
 */
const STATELESS_KEYS: ReadonlySet<string> = new Set([
  'body',
  'resumable',
  'fn',
  'call',
  'impl',
  'setProperty',
  'sink',
  'write',
  'finalizer',
  'hasFinalizer',
  'onAutomaticCollection',
  'finalize',
  'hasLegacyFinalizer',
  'callWeakrefCallback',
  'appendGarbage',
  'onProgress',
  'interruptRequested',
  'timeLimitMessage',
  'progressSource',
  'onMemoryPassed',
  'keyCheck',
  'codeReleased',
  'siteOf',
  'newBulkRecorder',
  'pausedViewOnce',
]);

const enum Kind {
  Record = 0,
  Array = 1,
  Map = 2,
  Set = 3,
  Typed = 4,
}

type Typed = Int32Array | Uint32Array | Float64Array | Uint8Array | Int8Array | Uint16Array;

export interface Checkpoint {
  /** How many JavaScript objects the memento covers (its size, roughly). */
  readonly objects: number;
  /** Writes the captured state back; can be called any number of times. */
  restore(): void;
}

/** Why a graph could not be captured: the path to a function that may hold state. */
export class Uncapturable {
  constructor(readonly key: string) {}
}

/** Captures everything reachable from `root`; an `Uncapturable` if a closure may hold state. */
export function capture(root: object): Checkpoint | Uncapturable {
  const targets: object[] = [];
  const kinds: Kind[] = [];
  const states: unknown[][] = [];
  const seen = new Set<object>();
  const pending: object[] = [root];
  seen.add(root);
  const visit = (v: unknown): void => {
    if (typeof v === 'object' && v !== null && !seen.has(v) && !Object.isFrozen(v)) {
      seen.add(v);
      pending.push(v);
    }
  };
  while (pending.length > 0) {
    const o = pending.pop()!;
    if (Array.isArray(o)) {
      const copy = o.slice();
      for (const v of copy) visit(v);
      targets.push(o);
      kinds.push(Kind.Array);
      states.push(copy);
    } else if (o instanceof Map) {
      const flat: unknown[] = [];
      for (const [k, v] of o) {
        flat.push(k, v);
        visit(k);
        visit(v);
      }
      targets.push(o);
      kinds.push(Kind.Map);
      states.push(flat);
    } else if (o instanceof Set) {
      const members = [...o];
      for (const v of members) visit(v);
      targets.push(o);
      kinds.push(Kind.Set);
      states.push(members);
    } else if (ArrayBuffer.isView(o)) {
      targets.push(o);
      kinds.push(Kind.Typed);
      states.push([(o as Typed).slice()]);
    } else if (isJsGenerator(o)) {
      // A suspended generator's resumable body (python/generators.ts) keeps its place inside.
      return new Uncapturable('runner');
    } else {
      const keys = Object.keys(o);
      const flat: unknown[] = new Array(keys.length * 2);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const v = (o as Record<string, unknown>)[k];
        if (typeof v === 'function' && !STATELESS_KEYS.has(k)) return new Uncapturable(k);
        flat[2 * i] = k;
        flat[2 * i + 1] = v;
        visit(v);
      }
      targets.push(o);
      kinds.push(Kind.Record);
      states.push(flat);
    }
  }
  return {
    objects: targets.length,
    restore() {
      for (let i = 0; i < targets.length; i++) restoreOne(targets[i]!, kinds[i]!, states[i]!);
    },
  };
}

/** A JavaScript generator object: its position is state no memento can see or write back. */
function isJsGenerator(o: object): boolean {
  return Object.prototype.toString.call(o) === '[object Generator]';
}

function restoreOne(o: object, kind: Kind, state: unknown[]): void {
  switch (kind) {
    case Kind.Array: {
      const a = o as unknown[];
      a.length = state.length;
      for (let i = 0; i < state.length; i++) a[i] = state[i];
      return;
    }
    case Kind.Map: {
      const m = o as Map<unknown, unknown>;
      m.clear();
      for (let i = 0; i < state.length; i += 2) m.set(state[i], state[i + 1]);
      return;
    }
    case Kind.Set: {
      const s = o as Set<unknown>;
      s.clear();
      for (const v of state) s.add(v);
      return;
    }
    case Kind.Typed:
      (o as Typed).set(state[0] as Typed);
      return;
    case Kind.Record: {
      const r = o as Record<string, unknown>;
      const keys = Object.keys(r);
      // Properties added since the capture go; the usual case (same keys, same order) is cheap.
      let same = keys.length === state.length / 2;
      for (let i = 0; same && i < keys.length; i++) same = keys[i] === state[2 * i];
      if (!same) {
        const kept = new Set<unknown>();
        for (let i = 0; i < state.length; i += 2) kept.add(state[i]);
        for (const k of keys) if (!kept.has(k)) delete r[k];
      }
      for (let i = 0; i < state.length; i += 2) r[state[i] as string] = state[i + 1];
      return;
    }
  }
}
