/** The `gc` module: the collector's controls, as CPython 3.11 exposes them. */
import {
  DEBUG_SAVEALL,
  PyBool,
  PyBuiltin,
  PyFinalize,
  PyFrameObject,
  PyFunction,
  PyInt,
  PyWeakContainer,
  traverse,
  type PyObject,
} from '../../engine';
import { NotSupported } from '../errors';

import type { Kw } from '../builtins';
import { checkArity } from '../arity';
import type { Interpreter } from '../interpreter';
import { collectWithCallbacks } from '../gcRuntime';
import { moduleFunction } from './moduleObject';
import { refuseForGenerator } from '../generators';
import { refuseModuleArgument } from './moduleCounts';

function intArg(interp: Interpreter, o: PyObject): number {
  if (o instanceof PyInt) return Number(o.value);
  if (o instanceof PyBool) return +o.value;
  return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

/**
 * gc.get_referents of an object whose references Heapscope keeps otherwise than CPython's
 * tp_traverse visits them (a function's code, name and module, a frame's code, the Python-level
 * state of weakref.py's classes): refused, never a shorter list.
 */
function refuseUnmodelledReferents(interp: Interpreter, o: PyObject): void {
  const what =
    o instanceof PyFunction ||
    o instanceof PyBuiltin ||
    o instanceof PyFrameObject ||
    o instanceof PyWeakContainer ||
    o instanceof PyFinalize
      ? o.type.name
      : null;
  if (what) throw new NotSupported(`gc.get_referents of a '${what}'`, interp.frame?.lineno ?? 0);
}

/** The gc functions CPython defines with METH_VARARGS rather than Argument Clinic. */
const VARARGS = new Set(['get_referrers', 'get_referents', 'set_threshold']);

export function gcMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const gc = h.gc;
  // gc.garbage and gc.callbacks exist from the start (the collector's runtime, gcRuntime.ts).
  const state = interp.gcState!;
  const ARITY: Record<string, [number, number]> = {
    collect: [0, 1],
    enable: [0, 0],
    disable: [0, 0],
    isenabled: [0, 0],
    get_count: [0, 0],
    get_threshold: [0, 0],
    set_threshold: [1, 3],
    get_debug: [0, 0],
    set_debug: [1, 1],
    is_tracked: [1, 1],
    freeze: [0, 0],
    unfreeze: [0, 0],
  };
  const fn = (name: string, call: (args: PyObject[]) => PyObject, packsArgs = false) =>
    moduleFunction(interp, {
      name,
      qualname: `gc.${name}`,
      packsArgs,
      call: (_interp, args, kw) => {
        // Keywords are refused before the number of arguments is checked, as CPython does.
        const all = kw?.length ? keywordArgs(name, args, kw) : args;
        const arity = ARITY[name];
        if (arity) checkArity(interp, { name, qualname: `gc.${name}`, arity }, all.length);
        return call(all);
      },
    });
  /**
   * Only gc.collect takes a keyword (`generation`); the others refuse any, in the words of their
   * calling convention (METH_VARARGS functions name themselves without the module).
   */
  const keywordArgs = (name: string, args: PyObject[], kw: Kw): PyObject[] => {
    if (name !== 'collect') {
      const shown = VARARGS.has(name) ? name : `gc.${name}`;
      return interp.raise('TypeError', `${shown}() takes no keyword arguments`);
    }
    if (kw!.length > 1)
      interp.raise('TypeError', `collect() takes at most 1 keyword argument (${kw!.length} given)`);
    const [key, value] = kw![0]!;
    if (key !== 'generation')
      interp.raise('TypeError', `'${key}' is an invalid keyword argument for collect()`);
    if (args.length > 0)
      interp.raise('TypeError', `collect() takes at most 1 argument (${args.length + 1} given)`);
    return [value];
  };
  const noArgs = (name: string, args: PyObject[]) => {
    if (args.length)
      interp.raise('TypeError', `${name}() takes no arguments (${args.length} given)`);
  };
  h.incref(state.garbage);
  h.incref(state.callbacks);
  return {
    collect: fn('collect', (args) => {
      const generation = args.length ? intArg(interp, args[0]!) : 2;
      if (generation < 0 || generation > 2) interp.raise('ValueError', 'invalid generation');
      return h.newInt(collectWithCallbacks(interp, state, generation));
    }),
    enable: fn('enable', (args) => {
      noArgs('enable', args);
      gc.enabled = true;
      return h.none();
    }),
    disable: fn('disable', (args) => {
      noArgs('disable', args);
      gc.enabled = false;
      return h.none();
    }),
    isenabled: fn('isenabled', () => h.bool(gc.enabled)),
    get_count: fn('get_count', () => h.newTuple(gc.counts.map((c) => h.newInt(c)))),
    get_threshold: fn('get_threshold', () => h.newTuple(gc.thresholds.map((c) => h.newInt(c)))),
    set_threshold: fn(
      'set_threshold',
      (args) => {
        if (args.length < 1 || args.length > 3) {
          interp.raise(
            'TypeError',
            `set_threshold expected at most 3 arguments, got ${args.length}`,
          );
        }
        args.forEach((a, i) => (gc.thresholds[i] = intArg(interp, a)));
        return h.none();
      },
      true,
    ),
    get_debug: fn('get_debug', () => h.newInt(gc.debug)),
    set_debug: fn('set_debug', (args) => {
      gc.debug = intArg(interp, args[0]!);
      return h.none();
    }),
    is_tracked: fn('is_tracked', (args) => h.bool(gc.isTracked(args[0]!))),
    freeze: fn('freeze', (args) => {
      noArgs('freeze', args);
      // gc_freeze_impl: every generation, youngest first, joins the permanent one.
      for (const gen of gc.generations) gc.permanent.merge(gen);
      gc.counts[0] = 0;
      return h.none();
    }),
    unfreeze: fn('unfreeze', (args) => {
      noArgs('unfreeze', args);
      // gc_unfreeze_impl: the permanent generation is appended to the oldest.
      gc.generations[gc.generations.length - 1]!.merge(gc.permanent);
      return h.none();
    }),
    get_referents: fn('get_referents', (args) => {
      const out: PyObject[] = [];
      for (const o of args) {
        refuseForGenerator(interp, o, 'gc.get_referents');
        refuseUnmodelledReferents(interp, o);
        if (!gc.isTracked(o) && !isGcLike(o)) continue;
        traverse(o, (t) => {
          h.incref(t);
          out.push(t);
        });
      }
      return h.newList(out);
    }),
    get_referrers: fn('get_referrers', (args) => {
      refuseModuleArgument(interp, args, 'gc.get_referrers');
      const targets = new Set(args);
      const out: PyObject[] = [];
      // Every tracked object, generation 0 first, as gc_referrers_for scans them.
      for (const o of gc.generations.flatMap((gen) => gen.toArray())) {
        let refers = false;
        traverse(o, (t) => {
          if (targets.has(t)) refers = true;
        });
        if (refers) out.push(o);
      }
      for (const o of out) h.incref(o);
      return h.newList(out);
    }),
    garbage: state.garbage,
    callbacks: state.callbacks,
    DEBUG_STATS: h.newInt(1),
    DEBUG_COLLECTABLE: h.newInt(2),
    DEBUG_UNCOLLECTABLE: h.newInt(4),
    DEBUG_SAVEALL: h.newInt(DEBUG_SAVEALL),
    DEBUG_LEAK: h.newInt(38),
  };
}

/** get_referents lists what a GC object holds even when that object is untracked. */
function isGcLike(o: PyObject): boolean {
  let any = false;
  traverse(o, () => (any = true));
  return any;
}
