/**
 * The interpreter: runs compiled code on the heap with CPython 3.11's reference semantics. It owns
 * the modules (`__main__`, `builtins`, `sys`), the frame chain, calls, attribute access and
 * exceptions. Statements and expressions themselves are lowered by `compiler.ts` and its parts in
 * `compile/` to the plain-data program of `ir/`, which the closure backend (`closures/`) builds.
 */
import { storeClassAttr } from './classNamespace';
import { typeGetsetStore } from './typeGetsets';
import type { StepTrace } from './stepTrace';
import { memberFor, noSlotMessage, setSlot, weakrefSlotOwner } from './slots';
import {
  Heap,
  PyBuiltin,
  PyClassDescriptor,
  PyCounter,
  PyOrderedDict,
  PyDict,
  PyNativeObject,
  PyFinalize,
  PyFunction,
  PyCell,
  PyFrameObject,
  PyTraceback,
  PyInstance,
  PyGenerator,
  PyMethod,
  PyModule,
  PyObject,
  PySlice,
  PyStr,
  PyTuple,
  PyType,
  PyWeakref,
  PyWrapperObject,
  GARBAGE_LISTED,
  SNAPSHOT_LIMITS,
  snapshotObjects,
  STACK,
  UnhashableError,
  type FrameView,
  type HeapSnapshot,
  type ProfileName,
  type SnapshotLimits,
  handOverValues,
} from '../engine';
import { installBuiltins, installFunctions, installTypes, type BuiltinImpl } from './builtins';
import { compileModule, NotSupportedSyntax } from './compiler';
import { copyFreeVars, makeCells } from './cells';
import { refuseMissingAttribute } from './missingAttribute';
import { CompileFailure, NotSupported, PyError, PySyntaxError } from './errors';
import {
  Budget,
  formatSeconds,
  NO_LIMITS,
  TimeLimitStop,
  type Limits,
  type Progress,
  type StopPoint,
} from './budget';
import { makeExceptionTypes, newException, type ExceptionName } from './exceptions';
import { dropStackTo, Frame, frameName, Signal, type CodeUnit } from './frame';
import { bindArguments } from './bindArguments';
import {
  enterModuleFrame,
  leaveModuleFrame,
  tracebackEntries,
  frameObjectTakesOver,
  frameOrTracebackAttr,
  pushTraceback,
  releaseFrameLocals,
} from './frameObjects';
import { formatSyntaxError } from './traceback';
import { addLibraryMethods, builtinSpecial, typeMethods } from './methods';
import { lookupTypeAttr } from './typeAttr';
import { iterSearch } from './iteration';
import { callUserNew, objectNew } from './objectNew';
import { classAttribute } from './typeAttributes';
import { descriptorGet, descriptorSet, hasDescriptorGet, isDataDescriptor } from './descriptors';
import { proxyTarget } from './modules/weakrefProxy';
import { installCoreModules, installLibraryModules, refuseMissingMember } from './modules';
import { setContext } from './exceptionContext';
import { libraryOf, providedLibrary, type Library } from './library';
import { lateCore } from './lateCore';
import { getFunctionField, setFunctionField } from './functionAttributes';
import { nativeBehaviours } from './nativeTypes';
import { checkArity } from './arity';
import type { GcState } from './gcRuntime';
import { repr, str } from './repr';
import { C_LEVEL_BYTES, STACK_PROBE_FROM, STACK_PROBE_SPACING, stackHasRoom } from './stackGuard';
import { checkKey } from './userHash';
import { finalizeGenerator, generatorNeedsClose, generatorNext, newGenerator } from './generators';

export type RunMode = 'exec' | 'single';

export interface InterpreterOptions {
  profile?: ProfileName;
  recordEvents?: boolean;
  trackLive?: boolean;
  /** The time and memory budgets of each run (missing or Infinity: none). */
  limits?: Partial<Limits>;
  /** Called about every 100 ms of wall clock while a run goes on. */
  onProgress?: (p: Progress) => void;
  /** Polled at check points: true asks for a KeyboardInterrupt (honoured once per run). */
  interruptRequested?: () => boolean;
  /** What stderr says when the time budget ends a run (default: "... this statement ..."). */
  timeLimitMessage?: (limits: Limits) => string;
  /** Events kept per run before recording pauses (the view only animates the start of a long run). */
  eventLimit?: number;
  /** Where printed text goes; by default it becomes stdout/stderr heap events. */
  sink?: (stream: 'stdout' | 'stderr', text: string) => void;
  /**
   * The library (library.ts) to attach at once; null: attached later with `attachLibrary`, after
   * the app's setup (the page's worker). Missing: the one provided to this thread.
   */
  library?: Library | null;
}

export interface RunResult {
  readonly ok: boolean;
  /** The last line of the error report ("NameError: name 'x' is not defined"), or null. */
  readonly errorLine: string | null;
  /** The work this run did (deterministic: the same statement on the same heap does the same). */
  readonly work: number;
  /** Where the run was interrupted or stopped by its time budget, or null. */
  readonly stopped: StopPoint | null;
  /** The status a script's uncaught SystemExit asked for (the command line exits with it). */
  readonly exitStatus?: number;
}

export interface RunOptions {
  /** Reproduce a recorded stop: interrupt or stop this run exactly where that one was. */
  readonly stopAt?: StopPoint;
}

/** "Heapscope stopped this statement after 60 s (its time budget)." */
export function statementTimeLimitMessage(limits: Limits): string {
  return `Heapscope stopped this statement after ${formatSeconds(limits.timeMs)} (its time budget).`;
}

/** An exception's own attributes beyond `args` (chainedExceptions.ts). */
const EXCEPTION_ATTRS = new Set([
  '__traceback__',
  '__cause__',
  '__context__',
  '__suppress_context__',
]);

/** A message naming a proxy's type as Heapscope's types name it, not as CPython does. */
const UNFORWARDED_PROXY = /(?<!weakref\.)\b(Callable)?ProxyType\b/;

export class Interpreter {
  readonly heap: Heap;
  readonly builtins: PyDict;
  readonly main: PyModule;
  readonly modules = new Map<string, PyModule>();
  readonly exceptions: Map<ExceptionName, PyType>;
  /** `exceptions`'s BaseException, asked at every call of a class. */
  private readonly baseException: PyType;
  readonly functionType: PyType;
  readonly cellType: PyType;
  readonly methodType: PyType;
  frame: Frame | null = null;
  /**
   * What a library module keeps outside Python objects (typing's alias cache), by a name of its
   * own: held here so that checkpoints capture and restore it with the rest.
   */
  readonly moduleState = new Map<string, unknown>();
  /** `object.__new__` once a program has used it (objectNew.ts). */
  objectNew: PyBuiltin | null = null;
  /** What a program reaches by name beyond the core (library.ts); null until attached. */
  library: Library | null = null;
  /** Built-in types' method descriptors, made on first use (methods.ts `typeMethods`). */
  readonly methodCache = new Map<PyType, Map<string, PyBuiltin>>();
  /** weakref.finalize objects still registered, each holding one reference (its `_registry`). */
  readonly finalizeRegistry = new Set<PyFinalize>();
  /**
   * Every function body compiled: a code object's state (its 3.11 warm-up count) lives as long as
   * any code that can make functions from it, so checkpoints must see it even with no function
   * alive.
   */
  readonly functionCode: CodeUnit[] = [];
  /** The work count and the budgets of the current run. */
  readonly budget: Budget;
  limits: Limits;
  private readonly timeLimitMessage: (limits: Limits) => string;
  /** An allocation passed the memory budget since the last check point. */
  private memoryPassed = false;
  private readonly sink: (stream: 'stdout' | 'stderr', text: string) => void;
  /** Code units run in the console stay referenced: their constants live on, as in a module. */
  private file = '<console>';

  constructor(options: InterpreterOptions = {}) {
    this.heap = new Heap({
      profile: options.profile,
      recordEvents: options.recordEvents,
      trackLive: options.trackLive,
    });
    this.heap.eventLimit = options.eventLimit ?? Infinity;
    this.limits = { ...NO_LIMITS, ...options.limits };
    this.timeLimitMessage = options.timeLimitMessage ?? statementTimeLimitMessage;
    this.budget = new Budget(options.interruptRequested ?? null, options.onProgress ?? null);
    this.budget.progressSource = () => ({
      objects: this.heap.objectCount,
      bytes: this.heap.bytes,
    });
    this.heap.memoryLimit = this.limits.memoryBytes;
    this.heap.onMemoryPassed = () => {
      // MemoryError at the next statement (or the next check of a bulk operation).
      this.memoryPassed = true;
      this.budget.checkSoon();
    };
    this.sink = options.sink ?? ((stream, text) => this.heap.emit({ kind: stream, text }));
    const h = this.heap;
    this.functionType = this.builtinType('function');
    this.cellType = this.builtinType('cell');
    this.methodType = this.builtinType('method');
    this.exceptions = makeExceptionTypes(h);
    this.baseException = this.exceptions.get('BaseException')!;
    const builtinsModule = h.newModule('builtins');
    this.builtins = builtinsModule.dict;
    this.modules.set('builtins', builtinsModule);
    installBuiltins(this);
    installCoreModules(this);
    const library = options.library === undefined ? providedLibrary() : options.library;
    if (options.library === undefined && !library)
      throw new Error('No Python library was provided: call provideLibrary() first.');
    if (library) this.attachLibrary(library);
    this.main = h.newModule('__main__');
    this.modules.set('__main__', this.main);
    this.setName(this.main.dict, '__name__', h.newStr('__main__', true));
    // `__builtins__` and `__loader__` keep the module's dict tracked from start-up on (after the
    // module), and the start-up's collections moved both to the oldest generation.
    this.main.dict.holdsUnmodelled = true;
    h.gc.track(this.main.dict);
    h.gc.ageStartupObjects();
    h.finalizer = (o) => (o instanceof PyGenerator ? this.closeDying(o) : this.runFinalizer(o));
    h.keyCheck = (key) => checkKey(this, key);
    h.codeReleased = (code) => (code as CodeUnit).consts?.release();
    h.hasFinalizer = (o) =>
      o instanceof PyGenerator
        ? generatorNeedsClose(o)
        : o instanceof PyInstance && !o.finalized && lookupTypeAttr(o.type, '__del__') !== null;
  }

  /**
   * Attaches the library: its built-in functions and types join the builtins module, its methods
   * the built-in types' tables, its modules become importable. Done once, before any program a
   * person wrote runs (the setup the page runs first needs none of it).
   */
  attachLibrary(library: Library): void {
    if (this.library) throw new Error('The Python library is attached already.');
    this.library = library;
    this.heap.newBulkRecorder = library.core.newBulkRecorder;
    installFunctions(this, library.functions);
    installTypes(this, library.types(this));
    addLibraryMethods(this);
    installLibraryModules(this);
  }

  /** `item in container` by iterating it (iteration.ts iterSearch; operators.ts reaches it here). */
  iterSearch(container: PyObject, item: PyObject): boolean {
    return iterSearch(this, container, item);
  }

  /**
   * A built-in type's own method descriptor for a special name (undefined for a class): the
   * operators and iteration reach the method tables through the interpreter, which keeps them
   * out of an import cycle with methods.ts.
   */
  builtinSpecial(t: PyType, name: string): PyBuiltin | undefined {
    return builtinSpecial(this, t, name);
  }

  /**
   * tp_iternext of a generator (generators.ts): iteration reaches it through the interpreter,
   * which keeps it out of an import cycle with methods.ts.
   */
  generatorNext(g: PyGenerator): PyObject | null {
    return generatorNext(this, g);
  }

  private builtinType(name: string): PyType {
    const t = new PyType(
      this.heap.allocAddress(0x1a0),
      name,
      this.heap.types.object,
      this.heap.types.type,
      false,
    );
    t.interned = true;
    this.heap.live?.add(t);
    return t;
  }

  // ---- running code ----

  run(source: string, mode: RunMode, file: string, options: RunOptions = {}): RunResult {
    this.file = file;
    const budget = this.budget;
    budget.begin(this.limits, options.stopAt ?? null);
    this.memoryPassed = false;
    let code: CodeUnit;
    // Compiling makes constants; the view learns about them from the snapshot, not as events.
    const recording = this.heap.recording;
    this.heap.recording = false;
    try {
      code = compileModule(this, source, file, mode);
    } catch (e) {
      if (e instanceof PySyntaxError) return this.reportRefusal(formatSyntaxError(e, file));
      if (e instanceof CompileFailure) return this.reportRefusal(e.text + '\n');
      if (e instanceof NotSupported) return this.reportRefusal(e.message + '\n');
      if (e instanceof NotSupportedSyntax) {
        const text = source.split('\n')[e.line - 1] ?? '';
        const column = text.length - text.trimStart().length + 1;
        return this.reportRefusal(
          formatSyntaxError(new PySyntaxError(e.msg, e.line, column, text), file),
        );
      }
      return this.reportInternalError(e);
    } finally {
      this.heap.recording = recording;
    }
    this.library?.flushSyntaxWarnings(this);
    // The code objects live on (functions keep theirs, the console keeps each statement's): an
    // estimate of their bytecode, names and line table counts in the memory budget.
    this.heap.addOwnBytes(codeBytes(source));
    const frame = new Frame(
      this.heap.allocAddress(0x1b0),
      code,
      this.main.dict,
      this.main.dict,
      [],
      null,
      null,
    );
    this.frame = frame;
    this.resetLevels();
    enterModuleFrame(this, frame);
    try {
      // The module's frame is the first level of the recursion limit.
      this.enterLevel(code.stackBytes, '');
      code.body(frame);
      this.leaveLevel(code.stackBytes);
      // The module's code finished: a frame object someone still holds takes the frame over.
      leaveModuleFrame(this, frame);
      // A finalizer met the time budget after the last statement: the run still ends stopped.
      if (budget.halted) throw new TimeLimitStop(this.timeStopMessage());
      return this.result(true, null);
    } catch (e) {
      this.resetLevels();
      return this.reportFailure(e, frame, mode);
    } finally {
      this.frame = null;
    }
  }

  /**
   * Runs the Python part of a library module (functools.py's update_wrapper, lru_cache, ...) in
   * the module's own namespace, as an import does. Nothing in it fails; a failure is a bug.
   */
  execLibrarySource(source: string, file: string, globals: PyDict): void {
    const code = compileModule(this, source, file, 'exec');
    const frame = new Frame(
      this.heap.allocAddress(0x1b0),
      code,
      globals,
      globals,
      [],
      null,
      this.frame,
    );
    const saved = this.frame;
    this.frame = frame;
    try {
      code.body(frame);
    } finally {
      this.frame = saved;
    }
  }

  private result(ok: boolean, errorLine: string | null): RunResult {
    return { ok, errorLine, work: this.budget.work, stopped: this.budget.stopped };
  }

  /** An exception or a stop ended the run: the stack is unwound and the reason reported. */
  private reportFailure(e: unknown, frame: Frame, mode: RunMode): RunResult {
    try {
      this.unwindStack(frame, 0);
      if (e instanceof PyError) {
        this.addTraceback(e, frame);
        // The module's frame is left before the exception is printed.
        leaveModuleFrame(this, frame);
        if (mode === 'exec' && e.exc.type.isSubtypeOf(this.exceptions.get('SystemExit')!)) {
          const status = lateCore(this).systemExit(this, e);
          return {
            ...this.result(status === 0, status === 0 ? null : 'SystemExit'),
            exitStatus: status,
          };
        }
        const text = this.formatException(e);
        this.write('stderr', text);
        this.keepAsLastError(e, mode);
        return this.result(false, lastLine(text));
      }
      leaveModuleFrame(this, frame);
    } catch (inner) {
      // Unwinding ran a finalizer that met the time budget, or worse: report that instead.
      e = inner;
    }
    if (e instanceof TimeLimitStop) return this.reportRefusal(e.message + '\n');
    if (e instanceof NotSupported) return this.reportRefusal(e.message + '\n');
    return this.reportInternalError(e);
  }

  /** A bug of Heapscope's own must not lose the session: say so plainly, once. */
  private reportInternalError(e: unknown): RunResult {
    const detail = e instanceof Error ? e.message : String(e);
    return this.reportRefusal(`Heapscope internal error (please report it): ${detail}\n`);
  }

  private reportRefusal(text: string): RunResult {
    this.write('stderr', text);
    return this.result(false, lastLine(text));
  }

  /**
   * The console keeps the last uncaught exception in sys.last_value (which takes over our
   * reference), so it and the frames its traceback holds stay alive until the next one replaces
   * it; a script is over, so its exception is released.
   */
  private keepAsLastError(e: PyError, mode: RunMode): void {
    if (mode !== 'single') {
      this.releaseError(e);
      return;
    }
    // Shown in the snapshot's REPL frame, whose id is the builtins namespace. The previous value
    // (and the frames its traceback kept) is released as it is replaced.
    this.setName(this.modules.get('sys')!.dict, 'last_value', e.exc, this.builtins);
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    this.sink(stream, text);
  }

  /**
   * Called before each statement: one unit of work, and a check point when the count passes the
   * next mark. The only per-statement cost of the budgets is this increment and compare.
   */
  tick(f: Frame, line: number): void {
    f.lineno = line;
    if (this.stepTrace?.step(f, line, this.pausedViewOnce)) this.pauseHere();
    const b = this.budget;
    if (++b.work >= b.nextCheck) this.checkPoint();
  }

  /**
   * A bulk operation charges its work (one unit per thousand items) before it changes anything:
   * a check point it reaches may raise KeyboardInterrupt or stop the run there.
   */
  charge(items: number): void {
    const b = this.budget;
    b.work += Math.floor(items / 1000);
    if (b.work >= b.nextCheck) this.checkPoint();
  }

  /** What stderr says about a time stop, with the budget it ran out of (the recorded one). */
  private timeStopMessage(): string {
    const timeMs = this.budget.stopped?.timeMs ?? this.limits.timeMs;
    return this.timeLimitMessage({ ...this.limits, timeMs });
  }

  /** New budgets for the runs to come. */
  setLimits(limits: Partial<Limits>): void {
    this.limits = { ...this.limits, ...limits };
    this.heap.memoryLimit = this.limits.memoryBytes;
  }

  /**
   * Before a bulk allocation of `bytes`: MemoryError if it would pass the memory budget. Called
   * before anything changes, so the exception leaves the heap as it was.
   */
  reserve(bytes: number): void {
    if (this.heap.wouldPassLimit(bytes)) this.raise('MemoryError', null);
  }

  /**
   * A loop goes back to its header (JUMP_BACKWARD to FOR_ITER or to the `while` test): CPython
   * reports the header's line again, and a script being stepped steps there. It is no statement:
   * the budget's work count does not change (recorded stop points stay where they were).
   */
  lineEvent(f: Frame, line: number): void {
    f.lineno = line;
    if (this.stepTrace?.step(f, line, this.pausedViewOnce)) this.pauseHere();
  }

  /** pausedView as one function made once: a step passes it rather than a new closure a step. */
  private readonly pausedViewOnce = () => this.pausedView();

  /** The heap as a paused replay sees it: its snapshot, and objgraph's typestats of it. */
  private pausedView(): { snapshot: HeapSnapshot; types: Record<string, number> } {
    const types: Record<string, number> = {};
    for (const gen of this.heap.gc.generations)
      for (const o of gen.toArray()) types[o.type.name] = (types[o.type.name] ?? 0) + 1;
    return { snapshot: this.snapshot(), types };
  }

  /**
   * The step a replay was asked for was reached and its view taken: the run ends here as a time
   * stop does, every later check point stopping it again (a `finally` runs no further than its
   * first statement). What the run leaves is thrown away: the host restores a checkpoint.
   */
  private pauseHere(): never {
    this.budget.halted = true;
    this.budget.checkSoon();
    throw new TimeLimitStop('Paused at the step asked for.');
  }

  /** A check point: a recorded or requested stop, the time budget, the memory budget. */
  private checkPoint(): void {
    const decision = this.budget.decide();
    if (decision === 'interrupt') {
      this.budget.noteInterrupt();
      this.raise('KeyboardInterrupt', null);
    }
    if (decision === 'time') throw new TimeLimitStop(this.timeStopMessage());
    const limit = this.limits.memoryBytes;
    const h = this.heap;
    if (this.memoryPassed) {
      // Small allocations went past the budget: MemoryError here, and some room above the budget
      // for the handler that catches it, until the program gets back under.
      this.memoryPassed = false;
      h.memoryLimit = limit + Math.max(64 * 1024, limit / 64);
      this.raise('MemoryError', null);
    }
    if (h.memoryLimit !== limit && h.bytes <= limit) h.memoryLimit = limit;
  }

  // ---- exceptions ----

  /** Raises a built-in exception; `msg` null raises it without arguments. */
  raise(name: ExceptionName, msg: string | null): never {
    // CPython names a proxy's type `weakref.ProxyType` in its messages, and passes the operations
    // Heapscope's proxies do not model on to the referent: a TypeError that names the bare
    // `ProxyType` is one of those, refused rather than raised.
    if (name === 'TypeError' && msg !== null && UNFORWARDED_PROXY.test(msg))
      throw new NotSupported('this operation on a weakref.proxy', this.frame?.lineno ?? 0);
    const type = this.exceptions.get(name)!;
    const args = msg === null ? [] : [this.heap.newStr(msg)];
    return this.raiseObject(newException(this.heap, type, args));
  }

  /** Raises an exception instance (owned reference passed in). */
  raiseObject(exc: PyObject, reraised: PyError | null = null): never {
    const e = new PyError(exc, exc.type.name);
    if (reraised) {
      // A bare `raise` goes on with the traceback the exception already has.
      e.traceback.push(...reraised.traceback);
      e.lastTraced = reraised.lastTraced;
    } else if (exc instanceof PyInstance && exc.traceback) {
      // `raise e` of an exception raised before: its traceback goes on from the one it has.
      e.traceback.push(...tracebackEntries(exc.traceback));
    }
    // Raised while handling another: that one becomes its __context__ (implicit chaining).
    const handled = this.handling[this.handling.length - 1]?.exc;
    if (handled && handled !== exc && exc instanceof PyInstance)
      setContext(this.heap, exc, handled);
    throw e;
  }

  /** gc.garbage and gc.callbacks, once the gc module is installed. */
  gcState: GcState | null = null;

  /** Prints an exception as sys.excepthook does and drops it; other errors pass through. */
  reportUncaught(e: unknown): void {
    if (e instanceof TimeLimitStop) return;
    if (!(e instanceof PyError)) throw e;
    this.write('stderr', this.formatException(e));
    this.releaseError(e);
  }

  /** Py_FinalizeEx after a script's last line (exitFinalization.ts, a late part). */
  finalizeAtExit(): void {
    lateCore(this).finalizeAtExit(this);
  }

  /** Recording a script's steps, or replaying it up to one of them (stepTrace.ts); else null. */
  stepTrace: StepTrace | null = null;

  /** The exceptions `except` blocks are handling, innermost last (sys.exc_info). */
  readonly handling: PyError[] = [];

  /** The exception's last line: "KeyError: 'k'" (exceptionReport.ts, a late part). */
  describeException(exc: PyObject): string {
    return lateCore(this).exceptionReport.describe(this, exc);
  }

  /** The traceback as sys.excepthook prints it (exceptionReport.ts, a late part). */
  formatException(e: PyError): string {
    return lateCore(this).exceptionReport.format(this, e);
  }

  addTraceback(e: PyError, f: Frame): void {
    if (e.lastTraced === f) return;
    e.lastTraced = f;
    e.traceback.push({
      file: f.code.file,
      line: f.lineno,
      scope: f.code.name,
      text: f.code.lines[f.lineno - 1] ?? '',
    });
    pushTraceback(this, e.exc, f);
  }

  /**
   * Drops an exception: its instance (which owns its __traceback__, and so the frames the
   * traceback keeps, and its __cause__ and __context__).
   */
  releaseError(e: PyError): void {
    this.heap.decref(e.exc, STACK);
  }

  /** Pops the frame's value stack down to `depth`, releasing each temporary (top first). */
  unwindStack(f: Frame, depth: number): void {
    const s = f.stack;
    while (s.length > depth) {
      const o = s.pop();
      if (o) this.heap.decref(o, STACK);
    }
  }

  // ---- names ----

  /** Binds `name` in a namespace, which takes over the caller's reference to `v`. */
  setName(ns: PyDict, name: string, v: PyObject, scope: PyDict = ns): void {
    this.heap.dictSetSteal(ns, this.key(name), v);
    this.heap.noteBind(scope, name, v, true);
  }

  // ---- calls ----

  /**
   * The CALL instruction: the stack holds [callable, self or null, ...args] from `base`. A Python
   * function's frame takes over the arguments (3.11); anything else borrows them, and then the
   * callable and the arguments are released, first to last.
   */
  callFromStack(f: Frame, base: number, kwnames: readonly string[] | null): PyObject {
    const stack = f.stack;
    let callable = stack[base]!;
    let self = stack[base + 1];
    if (self === null && callable instanceof PyMethod && this.heap.profile.callMovesArguments) {
      // 3.11 unpacks a bound method on the stack: self and the function replace the method.
      self = callable.self;
      this.heap.incref(self, STACK);
      const func = callable.func;
      this.heap.incref(func, STACK);
      stack[base] = func;
      stack[base + 1] = self;
      this.heap.decref(callable, STACK);
      callable = func;
    }
    const argStart = self ? base + 1 : base + 2;
    if (callable instanceof PyFunction && this.heap.profile.callMovesArguments) {
      const args = stack.slice(argStart) as PyObject[];
      dropStackTo(stack, base);
      // The frame steals the callable and the arguments from the stack. Its body runs right here
      // rather than through runFunction: one JavaScript frame less for each Python call.
      const frame = this.enterFrame(callable, args, kwnames, f);
      if (frame.code.resumable) return newGenerator(this, frame);
      const saved = this.frame;
      this.frame = frame;
      let signal: Signal;
      try {
        signal = frame.code.body(frame);
      } catch (e) {
        this.frame = saved;
        return this.leaveFrameRaising(frame, e);
      }
      this.frame = saved;
      return this.leaveFrame(frame, signal);
    }
    const args = stack.slice(argStart) as PyObject[];
    const result = this.callWith(callable, args, kwnames, f);
    this.heap.decref(callable, STACK);
    dropStackTo(stack, base);
    for (const a of args) this.heap.decref(a, STACK);
    return result;
  }

  /** Calls with borrowed arguments (C code calling back into Python takes new references). */
  callWith(
    callable: PyObject,
    args: PyObject[],
    kwnames: readonly string[] | null,
    f: Frame | null,
  ): PyObject {
    const h = this.heap;
    if (callable instanceof PyFunction)
      return this.runBorrowing(callable, args.slice(), kwnames, f);
    if (callable instanceof PyMethod) {
      return this.callWith(callable.func, [callable.self, ...args], kwnames, f);
    }
    if (callable instanceof PyBuiltin) {
      const impl = callable.impl as BuiltinImpl;
      const positional = kwnames ? args.slice(0, args.length - kwnames.length) : args;
      let kw = kwnames ? kwnames.map((n, i) => [n, args[positional.length + i]!] as const) : null;
      let all = callable.self ? [callable.self, ...positional] : positional;
      if (impl.params && kw) {
        // A method written in Python in CPython: its keywords bind to its parameters.
        all = bindKeywords(this, impl, all, kw);
        kw = null;
      }
      if (impl.arity) checkArity(this, impl, all.length - (impl.isMethod ? 1 : 0));
      if (impl.params) checkParams(this, impl, all.length);
      const warm = (this.frame?.code.warmup ?? -1) >= 0;
      // Warm code calls str(x) through PRECALL_NO_KW_STR_1: no argument tuple.
      const specialised = impl.quickenedSkipsTuple && !kw && all.length === 1 && warm;
      // A call through C takes a level of the recursion limit, unless warm code makes it with a
      // specialised instruction (len(x), isinstance(x, t), l.append(x), str(x)).
      const levelled = !impl.noRecursionLevel && !(warm && !kw && all.length === impl.warmArgs);
      if (levelled) this.enterLevel(C_LEVEL_BYTES, WHILE_CALLING);
      try {
        if (impl.packsArgs && !specialised) {
          // METH_VARARGS: the arguments are packed into a tuple for the duration of the call.
          for (const a of all) h.incref(a);
          const tuple = h.newTuple(all);
          try {
            return impl.call(this, tuple.items as PyObject[], kw);
          } finally {
            h.decref(tuple);
          }
        }
        return impl.call(this, all, kw);
      } finally {
        if (levelled) this.leaveLevel(C_LEVEL_BYTES);
      }
    }
    if (callable instanceof PyType) return this.callType(callable, args, kwnames, f);
    if (callable instanceof PyWrapperObject && callable.kind === 'staticmethod') {
      // sm_call (3.10+): the function it wraps, through tp_call's level of the limit.
      const fn = callable.field('__func__');
      if (!fn) return this.raise('RuntimeError', 'uninitialized staticmethod object');
      this.enterLevel(C_LEVEL_BYTES, WHILE_CALLING);
      try {
        return this.callWith(fn, args, kwnames, f);
      } finally {
        this.leaveLevel(C_LEVEL_BYTES);
      }
    }
    if (callable instanceof PyNativeObject) {
      const call = nativeBehaviours.get(callable.type)?.call;
      if (call) return call(this, callable, args, kwnames, f);
    }
    if (callable instanceof PyWeakref && callable.kind === 'proxy') {
      return this.callWith(proxyTarget(this, callable), args, kwnames, f);
    }
    const call =
      lookupTypeAttr(callable.type, '__call__') ?? builtinSpecial(this, callable.type, '__call__');
    if (!call) return this.raise('TypeError', `'${callable.type.name}' object is not callable`);
    // tp_call through _PyObject_MakeTpCall: a level of its own.
    this.enterLevel(C_LEVEL_BYTES, WHILE_CALLING);
    try {
      return this.callWith(call, [callable, ...args], kwnames, f);
    } finally {
      this.leaveLevel(C_LEVEL_BYTES);
    }
  }

  /** Calling a class: built-in constructors, or type.__call__ with __init__ for Python classes. */
  /**
   * A class called by CALL_FUNCTION_EX: type_call is given the call's own argument tuple and
   * keyword dict (still held by the caller), so no tuple is packed here.
   */
  callClassPacked(
    t: PyType,
    args: PyObject[],
    kwnames: readonly string[] | null,
    f: Frame | null,
  ): PyObject {
    return this.callType(t, args, kwnames, f, true);
  }

  private callType(
    t: PyType,
    args: PyObject[],
    kwnames: readonly string[] | null,
    f: Frame | null,
    packed = false,
  ): PyObject {
    const h = this.heap;
    if (!t.isHeapType) {
      const ctor = typeMethods(this, t).get('__new__');
      if (t.isSubtypeOf(this.baseException)) {
        for (const a of args) h.incref(a);
        return newException(h, t, args.slice());
      }
      if (!ctor) return this.raise('TypeError', `cannot create '${t.name}' instances`);
      return this.callWith(ctor, args, kwnames, f);
    }
    // A class has no vectorcall in 3.11: _PyObject_MakeTpCall takes a level of the limit.
    this.enterLevel(C_LEVEL_BYTES, WHILE_CALLING);
    try {
      return this.typeCall(t, args, kwnames, f, packed);
    } finally {
      this.leaveLevel(C_LEVEL_BYTES);
    }
  }

  /**
   * type_call: the arguments are packed into a tuple (and the keywords into a dict: one more
   * reference each either way) unless `packed`, the instance is created, then __init__, called by
   * _PyObject_FastCallDictTstate: with keywords, through _PyStack_UnpackDict's array of new
   * references to every argument.
   */
  private typeCall(
    t: PyType,
    args: PyObject[],
    kwnames: readonly string[] | null,
    f: Frame | null,
    packed: boolean,
  ): PyObject {
    const h = this.heap;
    let argTuple: PyTuple | null = null;
    if (!packed) {
      for (const a of args) h.incref(a);
      argTuple = h.newTuple(args.slice());
    }
    try {
      const userNew = lookupTypeAttr(t, '__new__');
      const obj = userNew
        ? callUserNew(this, t, userNew, args, kwnames, f)
        : this.newInstance(t, args);
      // type_call: __init__ runs only on an instance of the class called (of its own type).
      if (userNew && !obj.type.isSubtypeOf(t)) return obj;
      const init = lookupTypeAttr(obj.type, '__init__');
      if (init) {
        const unpacked = kwnames !== null && kwnames.length > 0;
        if (unpacked) for (const a of args) h.incref(a, STACK);
        try {
          // A Python __init__ keeps the new array of arguments (callWith would copy it).
          const all = [obj, ...args];
          const r =
            init instanceof PyFunction
              ? this.runBorrowing(init, all, kwnames, f)
              : this.callWith(init, all, kwnames, f);
          if (r !== h.None) {
            h.decref(r);
            this.raise('TypeError', `__init__() should return None, not '${r.type.name}'`);
          }
          h.decref(r);
        } catch (e) {
          h.decref(obj);
          throw e;
        } finally {
          if (unpacked) for (const a of args) h.decref(a, STACK);
        }
      } else if (!userNew && args.length > 0 && !t.isSubtypeOf(this.baseException)) {
        h.decref(obj);
        this.raise('TypeError', `${t.name}() takes no arguments`);
      }
      return obj;
    } finally {
      if (argTuple) h.decref(argTuple);
    }
  }

  /** A Python function called with borrowed arguments, in an array it may keep. */
  runBorrowing(
    func: PyFunction,
    args: PyObject[],
    kwnames: readonly string[] | null,
    f: Frame | null,
  ): PyObject {
    const h = this.heap;
    h.incref(func, STACK);
    for (const a of args) h.incref(a, STACK);
    return this.runFunction(func, args, kwnames, f);
  }

  /** object.__new__(t): a new instance, no __init__ run (copy makes its copies this way). */
  newInstance(t: PyType, args: PyObject[]): PyObject {
    const h = this.heap;
    if (t.isSubtypeOf(this.baseException)) {
      for (const a of args) h.incref(a);
      return newException(h, t, args.slice());
    }
    const obj = h.newInstanceOf(t);
    if (!h.profile.finalizeOnce && t.hasDict) {
      // Python 2.7: every instance has its own __dict__, a tracked object the collector counts.
      obj.dict = h.newDict();
      obj.dict.sharedKeys = t.attrOrder;
      h.gc.track(obj.dict);
    }
    return obj;
  }

  /**
   * Runs a Python function. Owns `func` (the frame keeps it as f_func) and every argument.
   * Returns the result, a new reference; the frame's locals are released first, in order.
   */
  runFunction(
    func: PyFunction,
    args: PyObject[],
    kwnames: readonly string[] | null,
    caller: Frame | null,
  ): PyObject {
    const frame = this.enterFrame(func, args, kwnames, caller);
    if (frame.code.resumable) return newGenerator(this, frame);
    // Kept small: this frame and the body's are on the JavaScript stack for every Python level.
    const saved = this.frame;
    this.frame = frame;
    let signal: Signal;
    try {
      signal = frame.code.body(frame);
    } catch (e) {
      this.frame = saved;
      return this.leaveFrameRaising(frame, e);
    }
    this.frame = saved;
    return this.leaveFrame(frame, signal);
  }

  /** A new frame with its arguments bound, one level deeper (errors release everything). */
  enterFrame(
    func: PyFunction,
    args: PyObject[],
    kwnames: readonly string[] | null,
    caller: Frame | null,
  ): Frame {
    const h = this.heap;
    const code = func.code as CodeUnit;
    const n = code.localNames.length;
    const fast: (PyObject | null)[] = [];
    for (let i = 0; i < n; i++) fast.push(null);
    const frame = new Frame(h.allocAddress(0x1b0), code, func.globals, null, fast, func, caller);
    try {
      this.bindArguments(func, code, fast, args, kwnames, frame);
      if (code.cellSlots?.length) makeCells(this, frame, code.cellSlots);
      if (func.closure) copyFreeVars(h, frame, func, code.freeStart!);
      // _Py_EnterRecursivePy: a frame past the limit is cleared without running (no traceback).
      this.enterLevel(code.stackBytes, '');
    } catch (e) {
      this.clearFrame(frame);
      throw e;
    }
    code.warmup++;
    // The frame's own memory counts in the budget while it runs (checked at the next allocation).
    h.bytes += code.frameBytes;
    return frame;
  }

  /** The frame returned: its result (a new reference), its locals released in order. */
  private leaveFrame(frame: Frame, signal: Signal): PyObject {
    const h = this.heap;
    let result = frame.retval;
    frame.retval = null;
    if (signal !== Signal.Return || !result) {
      // A `return` whose value a `break` in its `finally` dropped.
      if (result) h.decref(result, STACK);
      result = h.none();
    }
    this.leaveLevel(frame.code.stackBytes);
    h.bytes -= frame.code.frameBytes;
    this.clearFrame(frame);
    return result;
  }

  /** The frame is left by an exception: its stack is unwound, the traceback keeps it. */
  private leaveFrameRaising(frame: Frame, e: unknown): never {
    this.leaveLevel(frame.code.stackBytes);
    this.heap.bytes -= frame.code.frameBytes;
    this.unwindStack(frame, 0);
    // The traceback keeps the frame's object, which takes the locals over as the frame exits.
    if (e instanceof PyError) this.addTraceback(e, frame);
    this.clearFrame(frame);
    throw e;
  }

  // ---- the recursion limit ----

  /** Python frames and C-level recursion points in progress (the thread's recursion depth). */
  depth = 0;
  /** sys.getrecursionlimit() */
  recursionLimit = 1000;
  /** The JavaScript stack those levels are estimated to use, and where it is next checked. */
  private stackUse = 0;
  private nextProbe = STACK_PROBE_FROM;
  /** The early-RecursionError note was written in this run. */
  private shortStackNoted = false;
  /** Below this the next check comes one spacing earlier again (none while at the first). */
  private probeFloor = -Infinity;

  /**
   * One level deeper: a Python frame (`where` empty) or a C-level recursion point (`where` says
   * which: " while calling a Python object", " in comparison", ...). Past the limit, or when the
   * JavaScript stack would not hold more, RecursionError: raised before the level does anything.
   * The common case is two increments and two compares.
   */
  enterLevel(stackBytes: number, where: string): void {
    if (++this.depth > this.recursionLimit || (this.stackUse += stackBytes) >= this.nextProbe)
      this.checkLevel(stackBytes, where);
  }

  leaveLevel(stackBytes: number): void {
    this.depth--;
    if ((this.stackUse -= stackBytes) < this.probeFloor) this.lowerProbe();
  }

  private checkLevel(stackBytes: number, where: string): void {
    if (this.depth > this.recursionLimit) {
      this.depth--;
    } else if (stackHasRoom()) {
      this.probeFloor = this.nextProbe;
      this.nextProbe += STACK_PROBE_SPACING;
      return;
    } else {
      this.depth--;
      this.stackUse -= stackBytes;
      this.noteShortStack();
    }
    this.raise('RecursionError', `maximum recursion depth exceeded${where}`);
  }

  /**
   * The host's JavaScript stack ran out before Python's limit (a browser worker holds fewer
   * levels than CPython): the RecursionError comes early, and the person is told so, once a run,
   * rather than shown a different result in silence.
   */
  private noteShortStack(): void {
    if (this.shortStackNoted) return;
    this.shortStackNoted = true;
    this.write(
      'stderr',
      `Heapscope: this host's JavaScript stack ran out at a recursion depth of ${this.depth + 1}, ` +
        `before Python's limit of ${this.recursionLimit}, so the RecursionError below comes earlier ` +
        'than in CPython (the command line, `heapscope run`, goes as deep as CPython).\n',
    );
  }

  private lowerProbe(): void {
    while (this.stackUse < this.probeFloor) {
      this.nextProbe = this.probeFloor;
      this.probeFloor =
        this.nextProbe > STACK_PROBE_FROM ? this.nextProbe - STACK_PROBE_SPACING : -Infinity;
    }
  }

  private resetLevels(): void {
    this.shortStackNoted = false;
    this.depth = 0;
    this.stackUse = 0;
    this.nextProbe = STACK_PROBE_FROM;
    this.probeFloor = -Infinity;
  }

  /** Runs `body` as one C-level recursion point (PyObject_Repr, PyObject_RichCompare, ...). */
  withLevel<T>(where: string, body: () => T): T {
    this.enterLevel(C_LEVEL_BYTES, where);
    try {
      return body();
    } finally {
      this.leaveLevel(C_LEVEL_BYTES);
    }
  }

  /**
   * Frame exit (CPython's _PyFrame_Clear): a frame object still held elsewhere takes the frame
   * over; otherwise the locals in order, the `locals()` dict, then the function.
   */
  clearFrame(frame: Frame): void {
    if (frame.frameObj && frameObjectTakesOver(this, frame)) return;
    const h = this.heap;
    const fast = frame.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i];
      if (!v) continue;
      fast[i] = null;
      h.decref(v, frame, frame.code.localNames[i]);
    }
    if (frame.fLocals) releaseFrameLocals(this, frame);
    const func = frame.func;
    frame.func = null;
    if (func) h.decref(func, frame, '__func__');
  }

  /** The arguments now belong to the callee's parameters (for the view's captions). */
  private noteArgumentMoves(frame: Frame, code: CodeUnit, fast: (PyObject | null)[]): void {
    for (let i = 0; i < code.paramCount; i++) {
      const a = fast[i];
      if (a) this.heap.noteMove(a, frame, code.localNames[i]!);
    }
  }

  /** Parameters from positional args, keywords and defaults; the references move into `fast`. */
  private bindArguments(
    func: PyFunction,
    code: CodeUnit,
    fast: (PyObject | null)[],
    args: PyObject[],
    kwnames: readonly string[] | null,
    frame: Frame,
  ): void {
    if (!kwnames && !code.signature && args.length === code.paramCount) {
      // The common case: exactly the positional arguments the function takes.
      for (let i = 0; i < args.length; i++) fast[i] = args[i]!;
    } else bindArguments(this, func, code, fast, args, kwnames);
    if (this.heap.accounting) this.noteArgumentMoves(frame, code, fast);
  }

  // ---- __del__ ----

  /** A refcount death of an object with `__del__`: call it once (PEP 442), report its errors. */
  private runFinalizer(o: PyObject): void {
    if (!(o instanceof PyInstance)) return;
    const del = lookupTypeAttr(o.type, '__del__');
    if (!del) return;
    const h = this.heap;
    // Temporarily resurrected while __del__ runs, as PyObject_CallFinalizerFromDealloc does.
    o.refcount = 1;
    o.finalized = h.profile.finalizeOnce;
    try {
      const r = this.callWith(del, [o], null, this.frame);
      h.decref(r);
    } catch (e) {
      // After a stop no Python code runs: the object dies as if __del__ had returned.
      if (e instanceof PyError) this.reportUnraisable(e, del);
      else if (!(e instanceof TimeLimitStop)) {
        o.refcount--;
        throw e;
      }
    }
    o.refcount--;
  }

  /** A suspended generator dies: close() runs its frame while it is kept alive (gen_dealloc). */
  private closeDying(g: PyGenerator): void {
    g.refcount = 1;
    try {
      finalizeGenerator(this, g);
    } finally {
      g.refcount--;
    }
  }

  /** "Exception ignored in: ..." and the traceback, on stderr (exceptionReport.ts). */
  reportUnraisable(e: PyError, where: PyObject): void {
    lateCore(this).exceptionReport.unraisable(this, e, where);
  }

  // ---- attributes ----

  getAttr(o: PyObject, name: string): PyObject {
    const h = this.heap;
    // object.__class__, a data descriptor every type inherits (a proxy forwards it; super's own
    // __getattribute__ answers it for the super object itself).
    if (name === '__class__' && !(o instanceof PyWeakref && o.kind === 'proxy')) {
      h.incref(o.type);
      return o.type;
    }
    // Instances first: most attribute reads are of them (the kinds tested next are disjoint).
    if (o instanceof PyInstance) {
      if (EXCEPTION_ATTRS.has(name) && o.type.isSubtypeOf(this.baseException))
        return libraryOf(this).exceptionAttr(this, o, name, null)!;
      // A slot's member descriptor is a data descriptor: it wins over the instance's __dict__.
      if (o.type.hasSlots && memberFor(o, name)) {
        const v = o.slots?.get(name);
        if (!v)
          return this.raiseAttributeError(
            o,
            name,
            `'${o.type.name}' object has no attribute '${name}'`,
          );
        h.incref(v);
        return v;
      }
      if (name === '__weakref__' && weakrefSlotOwner(o.type)) {
        // The __weakref__ descriptor: the head of the object's weak reference list, or None.
        const head = o.weakrefs?.[0] ?? h.None;
        h.incref(head);
        return head;
      }
      if (name === '__dict__') {
        if (!o.type.hasDict) return this.raiseAttributeError(o, name, noSlotMessage(o, name));
        return this.instanceDict(o);
      }
      // A data descriptor of the class (a property) wins over the instance's own attribute.
      const classAttr = lookupTypeAttr(o.type, name);
      if (classAttr && isDataDescriptor(classAttr))
        return descriptorGet(this, classAttr, o, o.type);
      const own = o.dict ? h.dictGet(o.dict, this.key(name)) : o.getAttribute(name);
      if (own) {
        h.incref(own);
        return own;
      }
      if (name === 'args' && o.args) {
        h.incref(o.args);
        return o.args;
      }
      // AttributeError's name and obj are None unless the failed lookup set them.
      if (
        (name === 'name' || name === 'obj') &&
        o.args &&
        o.type.isSubtypeOf(this.exceptions.get('AttributeError')!)
      )
        return h.none();
    }
    if (o instanceof PyWrapperObject && o.kind === 'super')
      return libraryOf(this).superGetAttr(this, o, name);
    if (o instanceof PyWeakref && o.kind === 'proxy')
      return this.getAttr(proxyTarget(this, o), name);
    if (o instanceof PyTraceback || o instanceof PyFrameObject)
      return frameOrTracebackAttr(this, o, name);
    if (o instanceof PyModule) {
      const v = h.dictGet(o.dict, this.key(name));
      if (v) {
        h.incref(v);
        return v;
      }
      if (name === '__dict__') {
        // The module's namespace itself (module_dict member).
        h.incref(o.dict);
        return o.dict;
      }
      refuseMissingMember(this, o.name, name);
      return this.raiseAttributeError(o, name, `module '${o.name}' has no attribute '${name}'`);
    }
    if (o instanceof PyType) {
      // type's __dict__ is a data descriptor: it wins over anything the class defines.
      if (name === '__dict__' && o.isHeapType) return libraryOf(this).classDictProxy(this, o);
      const v = lookupTypeAttr(o, name);
      if (v && hasDescriptorGet(v)) return descriptorGet(this, v, null, o);
      if (v) {
        h.incref(v);
        return v;
      }
      if (name === '__name__') return h.newStr(o.name);
      if (o.moduleName && (name === '__qualname__' || name === '__module__'))
        return h.newStr(name === '__module__' ? o.moduleName : o.name);
      if (name === '__qualname__') return h.newStr(o.qualname ?? o.name);
      const fromType = classAttribute(this, o, name);
      if (fromType) return fromType;
      // object.__new__, which every class not defining its own inherits (exceptions excepted).
      if (name === '__new__' && !o.isSubtypeOf(this.baseException)) {
        const b = objectNew(this);
        h.incref(b);
        return b;
      }
      // An unbound method of a built-in type: list.append, Exception.__init__.
      const method = typeMethods(this, o).get(name);
      if (method && name !== '__new__') {
        h.incref(method);
        return method;
      }
      // The `__weakref__` getset descriptor a class added, found in its namespace, not `attrs`.
      if (name === '__weakref__') {
        const d = lateCore(this).classWeakref(this, o);
        if (d) return d;
      }
      refuseMissingAttribute(this, o, name);
      return this.raiseAttributeError(
        o,
        name,
        `type object '${o.name}' has no attribute '${name}'`,
      );
    }
    if (o instanceof PyFunction) {
      const v = o.dict ? h.dictGet(o.dict, this.key(name)) : undefined;
      if (v) {
        h.incref(v);
        return v;
      }
      if (name === '__name__') return h.newStr(o.name);
      if (name === '__qualname__') return h.newStr(o.qualname);
      const field = getFunctionField(this, o, name);
      if (field) return field;
      if (name === '__defaults__' || name === '__kwdefaults__') {
        const d = (name === '__defaults__' ? o.defaults : o.kwdefaults) ?? h.None;
        h.incref(d);
        return d;
      }
      if (name === '__closure__') {
        const c = o.closure ?? h.None;
        h.incref(c);
        return c;
      }
    }
    if (o instanceof PyNativeObject) {
      const v = nativeBehaviours.get(o.type)?.getAttr?.(this, o, name);
      if (v) return v;
    }
    if (o instanceof PyClassDescriptor) {
      const v = lateCore(this).descriptorAttribute(h, o, name);
      if (v) return v;
    }
    if (o instanceof PySlice && (name === 'start' || name === 'stop' || name === 'step')) {
      const v = o[name];
      h.incref(v);
      return v;
    }
    if (o instanceof PyCell && name === 'cell_contents') {
      if (!o.contents) return this.raise('ValueError', 'Cell is empty');
      h.incref(o.contents);
      return o.contents;
    }
    if (o instanceof PyMethod) {
      if (name === '__self__' || name === '__func__') {
        const v = name === '__self__' ? o.self : o.func;
        h.incref(v);
        return v;
      }
      // method_getattro: what the method type lacks is the function's (`__doc__`, `__name__`).
      if (name !== '__class__' && !typeMethods(this, o.type).has(name))
        return this.getAttr(o.func, name);
    }
    if (name === '__class__') {
      // object.__class__ (a named tuple's __repr__ reads self.__class__.__name__).
      h.incref(o.type);
      return o.type;
    }
    const attr = lookupTypeAttr(o.type, name) ?? typeMethods(this, o.type).get(name);
    if (attr instanceof PyBuiltin && (attr.impl as BuiltinImpl).isProperty)
      return this.callWith(attr, [o], null, this.frame);
    if (attr) return this.bind(attr, o);
    refuseMissingAttribute(this, o, name);
    return this.raiseAttributeError(
      o,
      name,
      `'${o.type.cName ?? o.type.name}' object has no attribute '${name}'`,
    );
  }

  /**
   * A failed attribute lookup: since 3.10 the AttributeError keeps the object and the name (for
   * its "Did you mean" hint), so while it is handled it holds one more reference to the object.
   */
  private raiseAttributeError(o: PyObject, name: string, msg: string): never {
    const h = this.heap;
    const type = this.exceptions.get('AttributeError')!;
    const exc = newException(h, type, [h.newStr(msg)]);
    for (const [attr, v] of [
      ['name', this.key(name)],
      ['obj', o],
    ] as const) {
      h.incref(v, exc, attr);
      exc.setAttribute(attr, v);
      if (!type.attrOrder.includes(attr)) type.attrOrder.push(attr);
    }
    return this.raiseObject(exc);
  }

  /** A class attribute seen through an instance: functions become bound methods. */
  bind(attr: PyObject, self: PyObject): PyObject {
    const h = this.heap;
    if (hasDescriptorGet(attr)) return descriptorGet(this, attr, self, self.type);
    if (attr instanceof PyFunction) {
      const m = h.track(new PyMethod(h.allocAddress(0x30), this.methodType, attr, self));
      h.incref(attr, m, '__func__');
      h.incref(self, m, '__self__');
      return m;
    }
    if (attr instanceof PyBuiltin && attr.self === null && (attr.impl as BuiltinImpl).isMethod) {
      return h.newBuiltin(attr.name, attr.impl, self);
    }
    if (attr instanceof PyNativeObject && attr.layout.methodDescriptor) {
      // tp_descr_get of a method-like C type (an lru_cache wrapper): a bound method.
      const m = h.track(new PyMethod(h.allocAddress(0x30), this.methodType, attr, self));
      h.incref(attr, m, '__func__');
      h.incref(self, m, '__self__');
      return m;
    }
    h.incref(attr);
    return attr;
  }

  /**
   * LOAD_METHOD: for `o.name(...)`, pushes [function, o] without creating a bound method when
   * `name` is a method of o's type, else [attribute, null]. Consumes the reference to `o`.
   */
  loadMethod(f: Frame, o: PyObject, name: string): void {
    const h = this.heap;
    let shadowed = false;
    if (o instanceof PyInstance)
      shadowed = o.dict ? h.dictGet(o.dict, this.key(name)) !== undefined : o.hasAttribute(name);
    if (!shadowed && !(o instanceof PyType) && !(o instanceof PyModule)) {
      const meth = lookupTypeAttr(o.type, name) ?? typeMethods(this, o.type).get(name);
      if (
        meth instanceof PyFunction ||
        (meth instanceof PyBuiltin && (meth.impl as BuiltinImpl).isMethod) ||
        (meth instanceof PyNativeObject && meth.layout.methodDescriptor)
      ) {
        h.incref(meth, STACK);
        f.stack.push(meth, o);
        return;
      }
    }
    try {
      f.stack.push(this.getAttr(o, name), null);
    } finally {
      h.decref(o, STACK);
    }
  }

  setAttr(o: PyObject, name: string, v: PyObject): void {
    const h = this.heap;
    // object.__class__'s setter (object_set_class) checks layouts Heapscope does not model.
    if (name === '__class__')
      throw new NotSupported("assignment to '__class__'", this.frame?.lineno ?? 0);
    if (o instanceof PyInstance) {
      if (EXCEPTION_ATTRS.has(name) && o.type.isSubtypeOf(this.baseException)) {
        libraryOf(this).exceptionAttr(this, o, name, v);
        return;
      }
      if (o.type.hasSlots && memberFor(o, name)) return setSlot(h, o, name, v);
      const classAttr = lookupTypeAttr(o.type, name);
      if (classAttr && descriptorSet(this, classAttr, o, v)) return;
      const weakrefOwner = name === '__weakref__' ? weakrefSlotOwner(o.type) : null;
      if (weakrefOwner)
        this.raise(
          'AttributeError',
          `attribute '__weakref__' of '${weakrefOwner.name}' objects is not writable`,
        );
      if (!o.type.hasDict) this.raise('AttributeError', noSlotMessage(o, name));
      if (!o.dict && !this.fitsInline(o, name)) h.decref(this.instanceDict(o));
      if (o.dict) {
        this.dictSetStr(o.dict, name, v);
        return;
      }
      const old = o.getAttribute(name);
      h.incref(v, o, name);
      o.setAttribute(name, v);
      if (old) h.decref(old, o, name);
      return;
    }
    if (o instanceof PyWeakref && o.kind === 'proxy')
      return this.setAttr(proxyTarget(this, o), name, v);
    if (o instanceof PyFunction && (name === '__name__' || name === '__qualname__')) {
      // Stored in the function itself (func_name, func_qualname), not in its __dict__.
      if (!(v instanceof PyStr)) this.raise('TypeError', `${name} must be set to a string object`);
      if (name === '__name__') o.name = v.value;
      else o.qualname = v.value;
      return;
    }
    if (o instanceof PyFunction && setFunctionField(this, o, name, v)) return;
    if (o instanceof PyFunction) {
      o.dict ??= h.newDict();
      this.dictSetStr(o.dict, name, v);
      return;
    }
    if (o instanceof PyType && o.isHeapType) {
      // type_setattro: `type`'s own data descriptors come before the class's dict.
      typeGetsetStore(this, o, name, v);
      h.incref(v);
      storeClassAttr(h, o, name, v);
      return;
    }
    if (o instanceof PyModule) {
      this.dictSetStr(o.dict, name, v);
      return;
    }
    if (o instanceof PyType)
      this.raise('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`);
    const native = o instanceof PyNativeObject ? nativeBehaviours.get(o.type) : undefined;
    if (native?.setAttr) return native.setAttr(this, o as PyNativeObject, name, v);
    // A property of a built-in stand-in with a setter (finalize.atexit).
    const impl = typeMethods(this, o.type).get(name)?.impl as BuiltinImpl | undefined;
    if (impl?.setProperty) return impl.setProperty(this, o, v);
    // A getter without a setter (int.real): getset_descriptor's refusal.
    if (impl?.readOnly)
      this.raise(
        'AttributeError',
        `attribute '${name}' of '${o.type.cName ?? o.type.name}' objects is not writable`,
      );
    // A named tuple's field (a data descriptor of its class): "can't set attribute".
    const heapClassAttr = o.type.isHeapType ? lookupTypeAttr(o.type, name) : null;
    if (heapClassAttr && descriptorSet(this, heapClassAttr, o, v)) return;
    // A Counter (a Python class) and an OrderedDict have a __dict__ Heapscope does not give them.
    if (o instanceof PyCounter || o instanceof PyOrderedDict)
      throw new NotSupported(`attributes of a ${o.type.name}`, this.frame?.lineno ?? 0);
    this.raise(
      'AttributeError',
      `'${o.type.cName ?? o.type.name}' object has no attribute '${name}'`,
    );
  }

  /** `del o.name`: deleteAttribute.ts, which loads with the library (lateCore.ts). */
  delAttr(o: PyObject, name: string): void {
    lateCore(this).deleteAttribute(this, o, name);
  }

  /**
   * Can `name` be stored in the instance's inline values? Only if the class's shared keys have (or
   * can still take) the name, at an index within the room the instance was given.
   */
  private fitsInline(o: PyInstance, name: string): boolean {
    const t = o.type;
    if (!t.isHeapType) {
      if (!t.attrOrder.includes(name)) t.attrOrder.push(name);
      return true;
    }
    let ix = t.attrOrder.indexOf(name);
    if (ix < 0) {
      if (t.keysUsable <= 0) return false;
      t.keysUsable--;
      ix = t.attrOrder.push(name) - 1;
    }
    return ix < o.inlineCapacity;
  }

  /** `obj.__dict__`: from now on the instance's attributes live in a real dict object. */
  private instanceDict(o: PyInstance): PyObject {
    const h = this.heap;
    if (!o.dict) {
      const d = h.newDict();
      // make_dict_from_instance_attributes: a split dict over the instance's inline values.
      if (o.type.isHeapType && o.inlineCapacity > 0) {
        d.splitOf = o.type;
        d.splitCapacity = o.inlineCapacity;
        handOverValues(o, d);
      }
      const attributes = o.attributes();
      o.dropAttributes();
      for (const [name, v] of attributes) {
        h.dictSet(d, this.key(name), v);
        h.decref(v, o, name);
      }
      d.sharedKeys = o.type.attrOrder;
      o.dict = d;
    }
    h.incref(o.dict);
    return o.dict;
  }

  private dictSetStr(d: PyDict, name: string, v: PyObject): void {
    this.heap.dictSet(d, this.key(name), v);
  }

  /** A borrowed interned str for a name (kept alive by the intern table). */
  key(name: string): PyStr {
    return this.heap.internedStr(name);
  }

  // ---- text ----

  reprOf(o: PyObject): string {
    return repr(this, o);
  }

  strOf(o: PyObject): string {
    return str(this, o);
  }

  /** Converts an engine hashing failure into Python's TypeError. */
  hashGuard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof UnhashableError) this.raise('TypeError', e.message);
      throw e;
    }
  }

  // ---- the view ----

  /** The frames in progress, outermost first (empty between statements). */
  private runningFrames(): Frame[] {
    const chain: Frame[] = [];
    for (let f = this.frame; f; f = f.back) chain.push(f);
    return chain.reverse();
  }

  /** A call in progress as the view draws it: its locals (a class body's names), its stack. */
  private callFrameView(f: Frame, roots: PyObject[]): FrameView {
    const names: { name: string; target: number }[] = [];
    const add = (name: string, v: PyObject) => {
      names.push({ name, target: v.address });
      roots.push(v);
    };
    if (f.code.kind === 'class' && f.names) {
      for (const e of f.names.liveEntries()) {
        const name = (e.key as PyStr).value;
        if (!(name.startsWith('__') && name.endsWith('__'))) add(name, e.value);
      }
    }
    f.code.localNames.forEach((name, i) => {
      const v = f.fast[i];
      if (v) add(name, v);
    });
    return { id: f.address, kind: 'call', title: frameName(f), names, stack: stackIds(f, roots) };
  }

  snapshot(limits: SnapshotLimits = SNAPSHOT_LIMITS): HeapSnapshot {
    const frames: FrameView[] = [];
    const names: { name: string; target: number }[] = [];
    /** What the names refer to, in order: where the snapshot starts choosing what to draw. */
    const roots: PyObject[] = [];
    for (const e of this.main.dict.liveEntries()) {
      const name = (e.key as PyStr).value;
      if (name.startsWith('__') && name.endsWith('__')) continue;
      names.push({ name, target: e.value.address });
      roots.push(e.value);
    }
    // Paused inside a script (stepTrace.ts): the frames of the calls in progress, outermost
    // first, each with its locals and the objects its value stack holds; the module's own value
    // stack is the globals frame's.
    const running = this.runningFrames();
    const moduleStack = running[0]?.code.kind === 'module' ? stackIds(running.shift()!, roots) : [];
    frames.push({
      id: this.main.dict.address,
      kind: 'globals',
      title: 'Globals',
      names,
      stack: moduleStack,
    });
    for (const f of running) frames.push(this.callFrameView(f, roots));
    // The console's own holders: the REPL's `_` and the last uncaught exception.
    const repl: { name: string; target: number }[] = [];
    // Looked up without interning the names: taking a snapshot must not allocate anything.
    const lookup = (d: PyDict, name: string) => {
      const k = this.heap.existingInternedStr(name);
      return k ? this.heap.dictGet(d, k) : undefined;
    };
    const underscore = lookup(this.builtins, '_');
    if (underscore) repl.push({ name: '_', target: underscore.address });
    const last = lookup(this.modules.get('sys')!.dict, 'last_value');
    if (last) repl.push({ name: 'sys.last_value', target: last.address });
    if (underscore) roots.push(underscore);
    if (last) roots.push(last);
    if (repl.length)
      frames.push({
        id: this.builtins.address,
        kind: 'repl',
        title: 'REPL',
        names: repl,
        stack: [],
      });
    const hidden = new Set<PyObject>([this.main, this.main.dict]);
    for (const m of this.modules.values()) {
      hidden.add(m);
      hidden.add(m.dict);
    }
    const gc = this.heap.gc;
    const collector = {
      enabled: gc.enabled,
      counts: [...gc.counts] as [number, number, number],
      thresholds: [...gc.thresholds] as [number, number, number],
      garbage: (this.gcState?.garbage.items ?? []).slice(0, GARBAGE_LISTED).map((o) => o.address),
      garbageTotal: this.gcState?.garbage.items.length ?? 0,
    };
    return { frames, ...snapshotObjects(this.heap, hidden, roots, limits), collector };
  }
}

/** A Python function's wording: "Q() missing 1 required positional argument: 'key'". */
/**
 * Binds keyword arguments to the parameters of a method written in Python in CPython, with a
 * Python function's errors; the result is positional. A keyword that would leave an optional
 * parameter before it unset cannot be passed positionally and is refused.
 */
function bindKeywords(
  interp: Interpreter,
  impl: BuiltinImpl,
  positional: PyObject[],
  kw: readonly (readonly [string, PyObject])[],
): PyObject[] {
  const params = impl
    .params!.filter((p) => !p.startsWith('*'))
    .map((p) => (p.endsWith('?') ? p.slice(0, -1) : p));
  const q = impl.qualname ?? impl.name;
  const bound: (PyObject | undefined)[] = positional.slice();
  if (positional.length > params.length) checkParams(interp, impl, positional.length);
  for (const [name, value] of kw) {
    const i = params.indexOf(name);
    if (i < 0) interp.raise('TypeError', `${q}() got an unexpected keyword argument '${name}'`);
    if (bound[i] !== undefined)
      interp.raise('TypeError', `${q}() got multiple values for argument '${name}'`);
    bound[i] = value;
  }
  const missing = params.filter(
    (p, i) => bound[i] === undefined && !impl.params![i]!.endsWith('?'),
  );
  if (missing.length > 0) {
    const names = missing.map((p) => `'${p}'`);
    const list =
      names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    interp.raise(
      'TypeError',
      `${q}() missing ${names.length} required positional argument${names.length === 1 ? '' : 's'}: ${list}`,
    );
  }
  const out: PyObject[] = [];
  for (let i = 0; i < bound.length; i++) {
    const v = bound[i];
    if (v === undefined)
      throw new NotSupported(
        `leaving '${params[i]}' of ${q}() unset while passing a later keyword`,
        interp.frame?.lineno ?? 0,
      );
    out.push(v);
  }
  return out;
}

function checkParams(interp: Interpreter, impl: BuiltinImpl, given: number): void {
  // A last parameter `*args` takes any number more (weakref.py's `pop(self, key, *args)`).
  const star = impl.params!.at(-1)?.startsWith('*') ?? false;
  const params = star ? impl.params!.slice(0, -1) : impl.params!;
  const required = params.filter((p) => !p.endsWith('?'));
  const q = impl.qualname ?? impl.name;
  if (!star && given > params.length) {
    const n = params.length;
    const takes = required.length < n ? `from ${required.length} to ${n}` : `${n}`;
    interp.raise(
      'TypeError',
      `${q}() takes ${takes} positional argument${n === 1 ? '' : 's'} but ${given} were given`,
    );
  }
  if (given < required.length) {
    const missing = required.slice(given).map((p) => `'${p}'`);
    const list =
      missing.length === 1
        ? missing[0]
        : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    interp.raise(
      'TypeError',
      `${q}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
    );
  }
}

const WHILE_CALLING = ' while calling a Python object';

/** About what CPython's code objects for `source` take: a header and some bytes per character. */
function codeBytes(source: string): number {
  return 192 + 2 * source.length;
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

export { PyTuple };

/** The objects a frame's value stack holds (its NULL entries left out), added to the roots. */
function stackIds(f: Frame, roots: PyObject[]): number[] {
  const ids: number[] = [];
  for (const v of f.stack) {
    if (!v) continue;
    ids.push(v.address);
    roots.push(v);
  }
  return ids;
}
