/**
 * The parts of the core that the app's setup never runs: the bodies of the built-in types' core
 * methods and of the core's built-in functions, repr() and str(), subscripts, argument binding,
 * the descriptor protocol's calls, instance creation, float division, frame objects, iterator
 * objects, generators (their objects, their bodies' compiling and closures), the `with` statement,
 * imports, `*` and `**` unpacking. The page's worker draws its first heap by running the setup
 * (class Node, class Finalized) before the library has loaded (library.ts, worker/worker.ts), so
 * these load with the library, in its chunk, and the page's first load is smaller
 * (scripts/bundle-size.mjs). Each core module keeps its exports and forwards the call here
 * (methods.ts, builtins.ts, repr.ts, subscript.ts, ...): the worker runs no statement a person
 * wrote before the library is attached, so no call finds it missing.
 *
 * A part may move here only if the setup never runs it, in any profile, and only if what the
 * setup allocates, and in which order, stays as it was: the core still makes the method
 * descriptors and the built-in functions, from their names, and only their bodies are late
 * (methods.ts, builtins.ts). lateCore.test.ts runs the setup with no library attached.
 */
import type { condenseEvents, shownIdsOf } from '../engine';
import type { allEvents } from '../engine/eventRows';
import type { Heap } from '../engine';
import type { isLookPath, resolveLook } from '../lessons/look';
import type { CORE_FUNCTIONS } from './builtinFunctions';
import type { CORE_METHODS, listExtend, listInplaceRepeat } from './coreMethods';
import type {
  boundMethod,
  descriptorGet,
  descriptorSet,
  DESCRIPTOR_METHODS,
  implicitClassMethod,
  implicitStaticMethod,
} from './descriptorCalls';
import type { frameOrTracebackAttr, pushTraceback, takeOwnership } from './frameObjectAttrs';
import type { floatFloorDiv, floatMod, floatPow, intTrueDivide } from './floatArithmetic';
import type { collectWithCallbacks } from './gcCallbacks';
import type { getFunctionField, setFunctionField } from './functionFields';
import type { finalizeGenerator, generatorClose, newGenerator, resume } from './genObject';
import type { bindArguments } from './initializeLocals';
import type { Interpreter } from './interpreter';
import type { iterObjectNext } from './iterObjectSteps';
import { libraryOf } from './library';
import type { MethodFn } from './methods';
import type { callUserNew, objectNewCall } from './objectNewCalls';
import type { deleteAttribute } from './deleteAttribute';
import type { describeException, formatException, reportUnraisable } from './exceptionReport';
import type { finalizeAtExit } from './exitFinalization';
import type { deleteItem, getItem, setItem } from './objectItems';
import type { checkKey } from './slotHash';
import type { importModule, missingImport } from './modules/moduleImports';
import type { SYS_FUNCTIONS } from './modules/sysFunctions';
import type { repr, str } from './objectRepr';
import type { StepTrace } from './stepTrace';
import type { rangeContains, rangeEquals } from './rangeObject';
import type { dictsEqual, viewComparison, weakrefsEqual } from './lateEquality';
import type { userEquality } from './userEquality';
import type { classWeakref, descriptorAttribute } from './descriptorAttributes';
import type { systemExit } from './systemExit';
import type { refuseUnmodelledWeak } from './unmodelledWeak';
import type { beforeWith, exitNormally, exitWithException, withBlock } from './withStatement';
import type { genexpBody } from './resumable';
import type { resumableOf } from './closures/generators';
import type { resumableBody } from './compile/generatorBodies';
import type {
  buildMergedDict,
  buildStarredList,
  buildStarredSet,
  callFunctionEx,
  listToTuple,
} from './unpacking';

export interface LateCore {
  /**
   * The bodies of the core's methods of the built-in types, by type name and method name
   * (coreMethods.ts): methods.ts makes their descriptors, and each calls its body here.
   */
  readonly methods: typeof CORE_METHODS;
  /** The bodies of the core's built-in functions, by name (builtinFunctions.ts; builtins.ts). */
  readonly functions: typeof CORE_FUNCTIONS;
  /** list_extend (`l += x`, `[*a]`) and list_inplace_repeat (`l *= n`) (coreMethods.ts). */
  readonly listExtend: typeof listExtend;
  readonly listInplaceRepeat: typeof listInplaceRepeat;
  /** PyObject_Repr and PyObject_Str (objectRepr.ts). */
  readonly repr: typeof repr;
  readonly str: typeof str;
  /** `o[k]`, `o[k] = v`, `del o[k]` (objectItems.ts). */
  readonly items: {
    readonly getItem: typeof getItem;
    readonly setItem: typeof setItem;
    readonly deleteItem: typeof deleteItem;
  };
  /** An exception's last line, its traceback, and an unraisable one's report (exceptionReport.ts). */
  readonly exceptionReport: {
    readonly describe: typeof describeException;
    readonly format: typeof formatException;
    readonly unraisable: typeof reportUnraisable;
  };
  /** Py_FinalizeEx after a script's last line, on the command line (exitFinalization.ts). */
  readonly finalizeAtExit: typeof finalizeAtExit;
  /** `del o.name` (deleteAttribute.ts). */
  readonly deleteAttribute: typeof deleteAttribute;
  /** The descriptor protocol's calls and the wrappers' constructors (descriptorCalls.ts). */
  readonly descriptors: typeof DESCRIPTOR_METHODS & {
    readonly get: typeof descriptorGet;
    readonly set: typeof descriptorSet;
    readonly boundMethod: typeof boundMethod;
    readonly implicitStaticMethod: typeof implicitStaticMethod;
    readonly implicitClassMethod: typeof implicitClassMethod;
  };
  /** The `__hash__` of instances in a dict key or set member, run first (slotHash.ts). */
  readonly checkKey: typeof checkKey;
  /** A class's own `__new__` called, and `object.__new__` (objectNewCalls.ts). */
  readonly callUserNew: typeof callUserNew;
  readonly objectNew: typeof objectNewCall;
  /** initialize_locals: a call's arguments bound to the function's parameters. */
  readonly bindArguments: typeof bindArguments;
  /** Float division, powers and remainders (floatArithmetic.ts). */
  readonly floats: {
    readonly intTrueDivide: typeof intTrueDivide;
    readonly floatPow: typeof floatPow;
    readonly floatFloorDiv: typeof floatFloorDiv;
    readonly floatMod: typeof floatMod;
  };
  /** Frame objects and tracebacks (frameObjectAttrs.ts). */
  readonly frames: {
    readonly pushTraceback: typeof pushTraceback;
    readonly takeOwnership: typeof takeOwnership;
    readonly attr: typeof frameOrTracebackAttr;
  };
  /** A function's `__doc__`, `__module__`, `__annotations__`, `__dict__` (functionFields.ts). */
  readonly functionFields: {
    readonly get: typeof getFunctionField;
    readonly set: typeof setFunctionField;
  };
  /** tp_iternext of enumerate, zip, map, filter, reversed (iterObjectSteps.ts). */
  readonly iterObjectNext: typeof iterObjectNext;
  /** `import name`, and `from module import name` of a name it lacks (modules/moduleImports.ts). */
  readonly importModule: typeof importModule;
  readonly missingImport: typeof missingImport;
  /** gc.collect's driver, with gc.callbacks (gcCallbacks.ts). */
  readonly collectWithCallbacks: typeof collectWithCallbacks;
  /** The bodies of `sys`'s functions (modules/sysFunctions.ts; modules/sys.ts). */
  readonly sysFunctions: typeof SYS_FUNCTIONS;
  /** Generator objects (genObject.ts). */
  readonly generators: {
    readonly newGenerator: typeof newGenerator;
    readonly resume: typeof resume;
    readonly close: typeof generatorClose;
    readonly finalize: typeof finalizeGenerator;
  };
  /**
   * A run's events as the view gets them (engine/condense.ts): the session host's (worker/host.ts),
   * which has events to condense only once a person's statement has run.
   */
  readonly condenseEvents: typeof condenseEvents;
  readonly shownIdsOf: typeof shownIdsOf;
  /** Every event of a log, made (engine/eventRows.ts): a RunOutcome's `events`. */
  readonly allEvents: typeof allEvents;
  /** The log of a bulk operation's events (engine/bulkEvents.ts): Heap.newBulkRecorder. */
  readonly newBulkRecorder: NonNullable<Heap['newBulkRecorder']>;
  /** A lesson step's `look` paths (lessons/look.ts), which the session host resolves. */
  readonly isLookPath: typeof isLookPath;
  readonly resolveLook: typeof resolveLook;
  /**
   * A script run's step trace (stepTrace.ts), which the session host makes for a script: a
   * person's program, so the library is there.
   */
  readonly newStepTrace: (...args: ConstructorParameters<typeof StepTrace>) => StepTrace;
  /**
   * The resumable closures of a generator function's body and of a generator expression
   * (closures/generators.ts, resumable.ts), built with its code unit.
   */
  readonly resumableOf: typeof resumableOf;
  readonly genexpBody: typeof genexpBody;
  /** A generator function's body, compiled (compile/generatorBodies.ts): a person's code. */
  readonly resumableBody: typeof resumableBody;
  /** The `with` statement: its closures, and the steps a generator's body takes (withStatement.ts). */
  readonly withStatement: {
    readonly block: typeof withBlock;
    readonly before: typeof beforeWith;
    readonly exitNormally: typeof exitNormally;
    readonly exitWithException: typeof exitWithException;
  };
  /** `*` and `**` in displays and calls (unpacking.ts): a person's code, never the setup's. */
  readonly unpacking: {
    readonly buildStarredList: typeof buildStarredList;
    readonly listToTuple: typeof listToTuple;
    readonly buildStarredSet: typeof buildStarredSet;
    readonly buildMergedDict: typeof buildMergedDict;
    readonly callFunctionEx: typeof callFunctionEx;
  };
  /** `x in r` and `r == s` for ranges (rangeObject.ts). */
  readonly rangeContains: typeof rangeContains;
  readonly rangeEquals: typeof rangeEquals;
  /** `==` of two dicts and of two weak references (lateEquality.ts). */
  readonly dictsEqual: typeof dictsEqual;
  readonly weakrefsEqual: typeof weakrefsEqual;
  /** A dict's keys or items view compared with a set or another view (lateEquality.ts). */
  readonly viewComparison: typeof viewComparison;
  /** `==` and `!=` answered by a class's `__eq__` or `__ne__` (userEquality.ts). */
  readonly userEquality: typeof userEquality;
  /** A member or getset descriptor's own attributes (descriptorAttributes.ts). */
  readonly descriptorAttribute: typeof descriptorAttribute;
  /** `C.__weakref__`, the descriptor a class's namespace keeps (descriptorAttributes.ts). */
  readonly classWeakref: typeof classWeakref;
  /** A script ended by an uncaught SystemExit (systemExit.ts). */
  readonly systemExit: typeof systemExit;
  /** What the weak objects do not model, refused before a TypeError (unmodelledWeak.ts). */
  readonly refuseUnmodelledWeak: typeof refuseUnmodelledWeak;
}

/** The late parts of the core: the attached library's (an error before it is attached). */
export function lateCore(interp: Interpreter): LateCore {
  return libraryOf(interp).core;
}

/**
 * A method (or built-in function) of the core whose body is a late part, `pick(lateCore)`: the
 * core makes its descriptor, and each call goes to the body (looked up once per library).
 */
export function lateMethod(pick: (late: LateCore) => MethodFn): MethodFn {
  let late: LateCore | null = null;
  let body: MethodFn | null = null;
  return (interp, args, kw) => {
    const current = lateCore(interp);
    if (current !== late) {
      body = pick(current);
      late = current;
    }
    return body!(interp, args, kw);
  };
}
