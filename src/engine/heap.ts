/**
 * The simulated CPython heap: allocation, reference counting and deallocation in CPython's order.
 *
 * Ownership follows the C API. Constructors (`newList(items)`, `newTuple(items)`) steal the
 * references they are given, as BUILD_LIST does with the value stack; mutators (`listAppend`,
 * `dictSet`) borrow their arguments and take new references, as PyList_Append and
 * PyDict_SetItem do. Every incref/decref may name the holder and slot of the reference, so the
 * view can say why a count changed ("+1: l[3]").
 */
import type { HeapEvent, RefSite } from './events';
import { EventLog, type LogOwner } from './eventLog';
import type { BulkRecorder, Slot } from './bulkEvents';
import { hashKey } from './hashing';
import {
  PyBool,
  PyBuiltin,
  PyDict,
  PyFloat,
  PyInt,
  PyList,
  PyModule,
  PyNone,
  PyObject,
  PyStr,
  PyTuple,
  PyType,
  PySet,
  PyRange,
  PyDictView,
  PyIterator,
  PySlice,
  PyInstance,
  PyWeakref,
  type DictPart,
  type IntValue,
  slotText,
  FIRST_SERIAL,
  siteHolder,
} from './objects';
import { PyIterObject, type IterObjectKind } from './iterObjects';
import { PyGenerator } from './generatorObject';
import { isDictSubclassInstance } from './defaultDict';
import { odictCleared, odictKeyAdded, odictKeyRemoved, ORDER_SLOT } from './orderedDict';
import { PROFILES, type Profile, type ProfileName } from './profiles';
import { Collector } from './gc';
import { isGcType, mayBeTracked } from './traverse';
import { clearRef } from './weakrefs';
import { pyHash } from './pyhash';
import { SetTable } from './setTable';
import { Allocator } from './allocator';
import { LiveObjects } from './liveObjects';
import { noneOmitted } from './omittedCounts';
import {
  placeFloat,
  placeInstance,
  placeInt,
  placeObject,
  releaseFloat,
  releaseInt,
  releaseObject,
  syncExtraBlock,
} from './memoryBlocks';
import { INTERNED_APART_FROM_SINGLETON, isLatin1Char } from './latin1Chars';
import {
  DICT_LOG2_MINSIZE,
  dictLog2For,
  dictSize,
  dictUsable,
  FLOAT_SIZE,
  intSize,
  listGrowth,
  listSize,
  setSize,
  splitDictSize,
  codePoints,
  strKind,
  strSizeOf,
  tupleSize,
  type StrKind,
  fieldBytes,
  INSTANCE_SIZE,
} from './sizes';

/** Anything that holds references: an object, a frame, the value stack. */
export interface RefHolder {
  readonly address: number;
}

/** The value stack of the running code (temporaries such as evaluated call arguments). */
export const STACK: RefHolder = { address: 0 };

export interface HeapOptions {
  profile?: ProfileName;
  /** Append HeapEvents to `events` (the view needs them; benchmarks switch them off). */
  recordEvents?: boolean;
  /** Keep the set of live objects in `live` (the view needs it to draw unreachable objects). */
  trackLive?: boolean;
}

export interface BuiltinTypes {
  readonly type: PyType;
  readonly object: PyType;
  readonly NoneType: PyType;
  readonly bool: PyType;
  readonly int: PyType;
  readonly float: PyType;
  readonly str: PyType;
  readonly list: PyType;
  readonly tuple: PyType;
  readonly dict: PyType;
  readonly module: PyType;
  readonly builtin_function_or_method: PyType;
  readonly set: PyType;
  readonly range: PyType;
  readonly function: PyType;
  readonly method: PyType;
}

/** Bulk operations on fewer references than this record every event, as any other code. */
const BULK_MIN = 32;

/** CPython defers deallocations nested deeper than this (Py_TRASHCAN, `_PyTrash_UNWIND_LEVEL`). */
const TRASHCAN_UNWIND_LEVEL = 50;
/** The same bound for the chains of objects CPython frees without the trashcan. */
const CHAIN_UNWIND_LEVEL = 50;

export class Heap implements LogOwner {
  readonly profile: Profile;
  /**
   * The profile's immortalSingletons, read first on every incref and decref: a field of the heap
   * costs less than the interned flag of objects of every shape (only 3.12 has immortals).
   */
  private readonly immortal: boolean;
  recording: boolean;
  private eventRows = Infinity;
  events = this.newEventLog();
  /** Set when events were dropped since the last drain. */
  eventsTruncated = false;
  /**
   * What the heap did after recording paused (`eventsTruncated`), counted instead of recorded:
   * references taken, released and handed over, objects made and freed. The drained log ends with
   * them as an `omitted` event, so the view's "Not drawn" figures cover the whole statement.
   */
  private unrecorded = noneOmitted();
  /**
   * The objects the view draws (the ids of the last snapshot), or null: bulk operations record
   * these in full and count the rest, and the collector lists only these in its phase events.
   */
  inView: ReadonlySet<number> | null = null;
  /** The log of the bulk operation under way, if any (see `bulk`). */
  private bulkLog: BulkRecorder | null = null;
  /**
   * Makes a bulk operation's log (bulkEvents.ts). It loads with the library, as reading the log
   * does: until then (the interpreter's start-up, whose events nobody reads) a bulk operation
   * records every event.
   */
  newBulkRecorder:
    | ((log: EventLog, inView: ReadonlySet<number> | null, site: Heap['site']) => BulkRecorder)
    | null = null;
  /** Every object alive, in allocation order (null when not tracked). */
  readonly live: LiveObjects<PyObject> | null;
  readonly types: BuiltinTypes;
  readonly gc: Collector;
  readonly None: PyNone;
  readonly True: PyBool;
  readonly False: PyBool;
  private readonly smallInts: PyInt[] = [];
  private readonly internedStrs = new Map<string, PyStr>();
  /** The one-character singletons that are not the interned str of their character. */
  private readonly latin1Strs = new Map<string, PyStr>();
  private nextAddress = FIRST_SERIAL;
  /** The Python-visible addresses (allocator.ts); `allocAddress` gives the view's serials. */
  readonly allocator = new Allocator();
  private trashNesting = 0;
  private trashLater: PyObject[] = [];
  /** Whether each deposited object was tracked by the collector. */
  private trashTracked: boolean[] = [];
  private chainNesting = 0;
  private chainLater: PyObject[] = [];
  private chainTracked: boolean[] = [];
  /** Called for an object that dies with a finalizer (`__del__`); set by the interpreter. */
  finalizer: ((o: PyObject) => void) | null = null;
  /**
   * Simulated bytes in use: every live object's footprint (its sys.getsizeof, see sizes.ts) plus
   * what the interpreter reports for itself (frames, code). The memory budget's measure.
   */
  bytes = 0;
  /** Live objects (counted even when `live` is not kept). */
  objectCount = 0;
  /** Past this many bytes an allocation calls `onMemoryPassed` (the interpreter's MemoryError). */
  memoryLimit = Infinity;
  onMemoryPassed: (() => void) | null = null;
  /**
   * Called with an instance or tuple about to be hashed as a dict key or set member, before
   * anything changes: the interpreter runs a class's own `__hash__` there (which may raise).
   */
  keyCheck: ((key: PyObject) => void) | null = null;

  constructor(options: HeapOptions = {}) {
    this.profile = PROFILES[options.profile ?? '3.11'];
    this.immortal = this.profile.immortalSingletons;
    this.recording = options.recordEvents ?? true;
    this.live = options.trackLive === false ? null : new LiveObjects();
    this.types = this.makeBuiltinTypes();
    this.gc = new Collector(this);
    this.None = this.intern(new PyNone(this.allocAddress(), this.types.NoneType));
    this.True = this.intern(new PyBool(this.allocAddress(), this.types.bool, true));
    this.False = this.intern(new PyBool(this.allocAddress(), this.types.bool, false));
    for (let v = this.profile.smallIntMin; v <= this.profile.smallIntMax; v++) {
      this.smallInts.push(this.intern(new PyInt(this.allocAddress(), this.types.int, v)));
    }
  }

  private makeBuiltinTypes(): BuiltinTypes {
    const typeType = new PyType(this.allocAddress(), 'type', null, null, false);
    const object = new PyType(this.allocAddress(), 'object', null, typeType, false);
    // object() has no __dict__ and takes no weak references.
    object.hasDict = false;
    object.hasWeakref = false;
    const mk = (name: string) =>
      this.intern(new PyType(this.allocAddress(), name, object, typeType, false));
    this.intern(typeType);
    this.intern(object);
    return {
      type: typeType,
      object,
      NoneType: mk('NoneType'),
      bool: mk('bool'),
      int: mk('int'),
      float: mk('float'),
      str: mk('str'),
      list: mk('list'),
      tuple: mk('tuple'),
      dict: mk('dict'),
      module: mk('module'),
      builtin_function_or_method: mk('builtin_function_or_method'),
      set: mk('set'),
      range: mk('range'),
      function: mk('function'),
      method: mk('method'),
    };
  }

  /**
   * A serial for a new object: distinct, never reused, the key the view and the event log know
   * the object by (and its id() while it is static; see PyObject.pyId).
   */
  allocAddress(size = 0x40): number {
    const a = this.nextAddress;
    this.nextAddress += size;
    return a;
  }

  /** Marks a statically allocated / cached object: it is shared and never freed. */
  private intern<T extends PyObject>(o: T): T {
    o.interned = true;
    this.live?.add(o);
    this.objectCount++;
    this.account(o, o.memoryFootprint());
    return o;
  }

  /** Counts a new object's bytes. */
  private account(o: PyObject, bytes: number): void {
    o.footprint = fieldBytes(bytes);
    if ((this.bytes += bytes) > this.memoryLimit) this.onMemoryPassed?.();
  }

  /** An object grew or shrank (a list's slots, a dict's keys table, a set's table). */
  resized(o: PyObject, bytes: number): void {
    if (!o.freed) syncExtraBlock(this.allocator, o);
    const delta = bytes - o.footprint;
    // A dying container empties itself after its bytes were given back.
    if (delta === 0 || o.freed) return;
    o.footprint = fieldBytes(bytes);
    if ((this.bytes += delta) > this.memoryLimit && delta > 0) this.onMemoryPassed?.();
  }

  /**
   * Bytes the interpreter itself uses (compiled code), or gives back: part of `bytes`, also kept
   * apart in `ownBytes`. (A running frame's bytes are added to `bytes` directly, on its hot path.)
   */
  addOwnBytes(delta: number): void {
    this.ownBytes += delta;
    if ((this.bytes += delta) > this.memoryLimit && delta > 0) this.onMemoryPassed?.();
  }

  /** The interpreter's own bytes in `bytes` (compiled code). */
  ownBytes = 0;

  /** Would `extra` more bytes pass the memory budget? (Checked before a bulk allocation.) */
  wouldPassLimit(extra: number): boolean {
    return this.bytes + extra > this.memoryLimit;
  }

  /**
   * Registers a freshly constructed object (refcount 1, owned by the caller). A GC object counts
   * as an allocation for the collector (which may collect right now, before the new object joins
   * generation 0); all but dicts are tracked from birth.
   */
  track<T extends PyObject>(o: T, bytes: number = o.fixedSize || o.memoryFootprint()): T {
    placeObject(this.allocator, o);
    this.registered(o, bytes);
    if (isGcType(o)) {
      this.gc.allocated();
      if (!(o instanceof PyDict) || isDictSubclassInstance(o)) this.gc.track(o);
    }
    return o;
  }

  /**
   * object.__new__(t) for any class but an exception's: track() and then resized(), in their
   * order, with what they ask of every class read from the class (newInstance.test.ts compares
   * the two). Its block, its registration, the collector's count (which may collect right here)
   * and list, the reference to its class; then init_inline_values: room for the shared keys, each
   * instance using one slot up, and its values block.
   */
  newInstanceOf(t: PyType): PyInstance {
    const o = new PyInstance(this.allocAddress(0x30), t);
    const bytes = o.sizeof();
    placeInstance(this.allocator, o, bytes);
    this.registered(o, INSTANCE_SIZE);
    this.gc.allocated();
    this.gc.track(o);
    this.incref(t, o, '__class__');
    if (t.hasDict) {
      o.inlineCapacity = t.attrOrder.length + t.keysUsable;
      if (t.keysUsable > 1) t.keysUsable--;
    }
    // Its inline values count in the memory budget (getsizeof leaves them out).
    this.resized(o, bytes + 8 * o.inlineCapacity);
    return o;
  }

  /** What registering counts and records for every placed object, GC or not. */
  private registered(o: PyObject, bytes: number): void {
    this.live?.add(o);
    this.objectCount++;
    o.footprint = fieldBytes(bytes);
    if ((this.bytes += bytes) > this.memoryLimit) this.onMemoryPassed?.();
    if (this.recording) {
      if (!this.bulkLog || this.bulkLog.keeps(o)) this.events.alloc(o.address, o);
      else this.bulkLog.count('allocs');
    } else if (this.eventsTruncated) {
      this.unrecorded.allocs++;
    }
  }

  /** MAINTAIN_TRACKING: a dict starts being tracked when something trackable is stored in it. */
  private maintainTracking(d: PyDict, key: PyObject, value: PyObject): void {
    if (d.gcHandle === 0 && (mayBeTracked(key) || mayBeTracked(value))) this.gc.track(d);
  }

  // ---- constructors: each returns a new reference owned by the caller ----

  /**
   * An int; `digits`, when the operation that made it allocated more 30-bit digits than the
   * value needs (x_add takes one more), decides the block it takes (allocator.ts).
   */
  newInt(v: IntValue, digits = 0): PyInt {
    if (typeof v === 'number' && v >= this.profile.smallIntMin && v <= this.profile.smallIntMax) {
      const o = this.smallInts[v - this.profile.smallIntMin]!;
      this.incref(o);
      return o;
    }
    const o = new PyInt(this.allocAddress(0x20), this.types.int, v);
    if (digits) o.blockBytes = 24 + 4 * digits;
    // track's work, for an object that is no GC object and has a block of one known kind.
    placeInt(this.allocator, o);
    this.registered(o, intSize(v));
    return o;
  }

  newFloat(v: number): PyFloat {
    const o = new PyFloat(this.allocAddress(0x20), this.types.float, v);
    // As newInt: no GC object, a block of one known kind.
    placeFloat(this.allocator, o);
    this.registered(o, FLOAT_SIZE);
    return o;
  }

  /** The interned str for `v`, borrowed: the intern table's own reference keeps it alive. */
  internedStr(v: string): PyStr {
    let o = this.internedStrs.get(v);
    if (!o) {
      o = this.intern(new PyStr(this.allocAddress(0x40), this.types.str, v));
      this.internedStrs.set(v, o);
    }
    return o;
  }

  /** The interned str for `v` if there is one; never allocates (reading the heap changes nothing). */
  existingInternedStr(v: string): PyStr | undefined {
    return this.internedStrs.get(v);
  }

  /**
   * A str; `intern` shares one object per value (identifier-like literals), and so do the empty
   * str and the one-character strs below U+0100 (latin1Chars.ts); other one-character strs are
   * new objects, as in CPython. `kind`, when the caller knows it (a concatenation's is its
   * widest operand's), spares a scan.
   */
  newStr(v: string, intern = false, kind?: StrKind): PyStr {
    if (intern || v.length === 0) {
      const o = this.internedStr(v);
      this.incref(o);
      return o;
    }
    if (isLatin1Char(v)) {
      const o = this.latin1Str(v);
      this.incref(o);
      return o;
    }
    const o = new PyStr(this.allocAddress(0x40), this.types.str, v);
    o.kind = kind ?? strKind(v);
    return this.track(o, strSizeOf(o.kind, o.kind === 'ucs4' ? codePoints(v) : v.length));
  }

  /** The runtime's singleton for a one-character str below U+0100 (borrowed). */
  private latin1Str(v: string): PyStr {
    if (!INTERNED_APART_FROM_SINGLETON.has(v)) return this.internedStr(v);
    let o = this.latin1Strs.get(v);
    if (!o) {
      o = this.intern(new PyStr(this.allocAddress(0x40), this.types.str, v));
      this.latin1Strs.set(v, o);
    }
    return o;
  }

  /**
   * A new str even of one character (what long_to_decimal_string makes: `str(7) is str(7)` is
   * False, where `'ab'[0]` gives the shared 'a').
   */
  freshStr(v: string): PyStr {
    if (v.length > 1) return this.newStr(v);
    const o = new PyStr(this.allocAddress(0x40), this.types.str, v);
    o.kind = strKind(v);
    return this.track(o, strSizeOf(o.kind, v.length));
  }

  bool(b: boolean): PyBool {
    const o = b ? this.True : this.False;
    this.incref(o);
    return o;
  }

  none(): PyNone {
    this.incref(this.None);
    return this.None;
  }

  /**
   * Steals the references in `items`. `allocated` slots (at least the items): exactly the items
   * for BUILD_LIST, `[x] * n`, concatenation and slices; list(x) rounds up (see listCapacity).
   */
  newList(items: PyObject[], allocated = items.length): PyList {
    const l = this.track(
      new PyList(this.allocAddress(), this.types.list, items, allocated),
      listSize(allocated),
    );
    if (this.recording) this.bulk(items.length, () => this.noteItemMoves(l, items));
    else if (this.eventsTruncated) this.countMoves(items);
    return l;
  }

  private noteItemMoves(holder: PyObject, items: readonly PyObject[]): void {
    items.forEach((o, i) => this.noteMove(o, holder, i));
  }

  /** Records that the caller's reference to `o` now belongs to `holder`'s `slot`. */
  noteMove(o: PyObject, holder: RefHolder, slot: string | number | PyObject): void {
    if (this.immortal && o.interned) return;
    if (this.recording) {
      if (this.bulkLog) {
        this.bulkLog.ref('move', o, holder, slot);
        return;
      }
      this.events.ref('move', o.address, o.refcount, holder, slot);
    } else if (this.eventsTruncated) {
      this.unrecorded.moves++;
    }
  }

  /** The moves of a new container's items, counted after recording paused (noteItemMoves). */
  private countMoves(items: readonly PyObject[]): void {
    for (const o of items) if (!(this.immortal && o.interned)) this.unrecorded.moves++;
  }

  private emptyTuple: PyTuple | null = null;

  /** Steals the references in `items`. The empty tuple is a shared singleton, as in CPython. */
  newTuple(items: PyObject[]): PyTuple {
    if (items.length === 0) {
      this.emptyTuple ??= this.intern(new PyTuple(this.allocAddress(), this.types.tuple, []));
      this.incref(this.emptyTuple);
      return this.emptyTuple;
    }
    const t = this.track(
      new PyTuple(this.allocAddress(), this.types.tuple, items),
      tupleSize(items.length),
    );
    if (this.recording) this.bulk(items.length, () => this.noteItemMoves(t, items));
    else if (this.eventsTruncated) this.countMoves(items);
    return t;
  }

  /** Steals the three references in `fields` (start, stop, step). */
  newSlice(fields: PyObject[]): PySlice {
    const [start, stop, step] = fields as [PyObject, PyObject, PyObject];
    return this.track(
      new PySlice(this.allocAddress(0x30), this.lazyType('slice'), start, stop, step),
    );
  }

  newSet(): PySet {
    return this.track(new PySet(this.allocAddress(0xc8), this.types.set));
  }

  newRange(start: IntValue, stop: IntValue, step: IntValue): PyRange {
    return this.track(new PyRange(this.allocAddress(0x30), this.types.range, start, stop, step));
  }

  private readonly viewTypes = new Map<string, PyType>();

  /** A built-in type created on first use (dict views, iterators). */
  lazyType(name: string): PyType {
    let t = this.viewTypes.get(name);
    if (!t) {
      t = this.intern(
        new PyType(this.allocAddress(0x1a0), name, this.types.object, this.types.type, false),
      );
      this.viewTypes.set(name, t);
    }
    return t;
  }

  /** Takes a new reference to `d`. */
  newDictView(d: PyDict, part: DictPart): PyDictView {
    const v = new PyDictView(this.allocAddress(0x20), this.lazyType(`dict_${part}`), d, part);
    this.incref(d, v, 'mapping');
    return this.track(v);
  }

  /** Takes a new reference to `seq`. */
  newIterator(seq: PyObject, typeName: string, part: DictPart | null = null): PyIterator {
    const it = new PyIterator(this.allocAddress(0x30), this.lazyType(typeName), seq, part);
    this.incref(seq, it, 'seq');
    return this.track(it);
  }

  /** An enumerate, zip, map, filter or reversed object, tracked, its fields still empty. */
  newIterObject(kind: IterObjectKind): PyIterObject {
    return this.track(new PyIterObject(this.allocAddress(0x30), this.lazyType(kind), kind));
  }

  newDict(isNamespace = false): PyDict {
    return this.track(new PyDict(this.allocAddress(), this.types.dict, isNamespace));
  }

  newModule(name: string): PyModule {
    const dict = this.newDict(true);
    return this.track(new PyModule(this.allocAddress(), this.types.module, name, dict));
  }

  /** A builtin function; a bound one (`l.append`) takes a new reference to `self`. */
  newBuiltin(name: string, impl: unknown, self: PyObject | null = null): PyBuiltin {
    const o = new PyBuiltin(
      this.allocAddress(),
      this.types.builtin_function_or_method,
      name,
      impl,
      self,
    );
    if (self) this.incref(self, o, '__self__');
    return this.track(o);
  }

  // ---- reference counting ----

  incref(o: PyObject, holder?: RefHolder, slot?: string | number | PyObject): void {
    if (this.immortal && o.interned) return;
    o.refcount++;
    if (this.recording) {
      const at = holder ?? STACK;
      if (this.bulkLog) this.bulkLog.ref('incref', o, at, slot);
      else this.events.ref('incref', o.address, o.refcount, at, slot);
    } else if (this.eventsTruncated) {
      this.unrecorded.increfs++;
    }
  }

  decref(o: PyObject, holder?: RefHolder, slot?: string | number | PyObject): void {
    if (this.immortal && o.interned) return;
    const rc = --o.refcount;
    if (this.recording) {
      const at = holder ?? STACK;
      if (this.bulkLog) this.bulkLog.ref('decref', o, at, slot);
      else this.events.ref('decref', o.address, rc, at, slot);
    } else if (this.eventsTruncated) {
      this.unrecorded.decrefs++;
    }
    if (rc === 0 && !o.interned) this.dealloc(o);
  }

  /** Where a reference lives; a reference nobody names is a temporary of the running code. */
  site(holder: RefHolder = STACK, slot?: Slot): RefSite {
    return { holder: siteHolder(holder).address, slot: slotLabel(holder, slot) };
  }

  /** Records a name binding for the view (the reference itself is counted by the namespace). */
  noteBind(scope: RefHolder, name: string, o: PyObject, bound: boolean): void {
    if (this.recording) {
      this.events.bind(bound, scope.address, name, o.address);
    }
  }

  /** Records the collector's tp_clear of `o` (a row: a collection may clear 10^5 objects). */
  noteClear(o: PyObject): void {
    if (this.recording) this.events.gcClear(o.address);
  }

  emit(e: HeapEvent): void {
    if (this.recording) this.events.push(e);
  }

  /**
   * A collection's start and result: recorded after recording paused too, so that the view tells
   * every collection of a long statement (not their phases).
   */
  emitOutline(e: HeapEvent): void {
    if (this.accounting) this.events.push(e);
  }

  /** Is the statement's story kept: recorded, or past the event limit counted (`unrecorded`)? */
  get accounting(): boolean {
    return this.recording || this.eventsTruncated;
  }

  /**
   * Runs a bulk operation on `size` references (`[0] * n`, `list(range(n))`, a big container
   * cleared): from BULK_MIN on, its reference events are recorded per object, not per reference,
   * and only for the objects in view and the first few others (see bulkEvents.ts). Nested bulk
   * operations share the outermost one's log.
   */
  bulk<T>(size: number, fn: () => T): T {
    if (!this.recording || !this.newBulkRecorder || (this.bulkLog === null && size < BULK_MIN))
      return fn();
    const log = (this.bulkLog ??= this.newBulkRecorder(this.events, this.inView, (h, s) =>
      this.site(h, s),
    ));
    log.depth++;
    try {
      return fn();
    } finally {
      if (--log.depth === 0) {
        this.bulkLog = null;
        log.finish();
      }
    }
  }

  private newEventLog(): EventLog {
    const log = new EventLog((holder, slot) => this.site(holder, slot as Slot), this);
    log.limit = this.eventRows;
    return log;
  }

  /** Takes (and clears) the log of the events recorded since the last call, as it is kept. */
  drainLog(): EventLog {
    const log = this.events;
    if (this.eventsTruncated) {
      log.push({ kind: 'omitted', ...this.unrecorded });
      this.unrecorded = noneOmitted();
      this.recording = true;
    }
    this.events = this.newEventLog();
    this.eventsTruncated = false;
    return log;
  }

  /** Events kept per drain; past it recording pauses until the next drain (a long loop's log). */
  get eventLimit(): number {
    return this.eventRows;
  }

  set eventLimit(rows: number) {
    this.eventRows = rows;
    this.events.limit = rows;
    if (this.events.length > rows) this.logFull();
  }

  /** The log passed its limit (EventLog tells, as the row after the limit is written). */
  logFull(): void {
    if (!this.recording) return;
    this.recording = false;
    this.eventsTruncated = true;
  }

  // ---- deallocation, in CPython's order ----

  /**
   * Containers and instances deallocated more than TRASHCAN_UNWIND_LEVEL levels deep are deposited
   * and destroyed once the outermost deallocation finishes, newest first (CPython's trashcan). An
   * instance enters the trashcan before its `__del__` runs, as subtype_dealloc does.
   */
  private dealloc(o: PyObject): void {
    // A number holds nothing, has no finalizer and takes no weak reference (nor can its type be
    // subclassed here): it goes at once, its block to where its type's blocks go.
    if (o instanceof PyInt) {
      this.gone(o);
      releaseInt(this.allocator, o);
      return;
    }
    if (o instanceof PyFloat) {
      this.gone(o);
      releaseFloat(this.allocator, o);
      return;
    }
    const kind = o.deallocKind;
    if (kind !== 1) {
      if (kind === 0) this.deallocBody(o);
      else this.deallocChained(o);
      return;
    }
    if (this.trashNesting >= TRASHCAN_UNWIND_LEVEL) {
      this.deposit(o, this.trashLater, this.trashTracked);
      return;
    }
    this.trashNesting++;
    this.deallocBody(o);
    this.trashNesting--;
    if (this.trashNesting <= 0 && this.trashLater.length > 0) this.destroyTrashChain();
  }

  /**
   * Deposited untracked, as _PyTrash_thread_deposit_object does: a collection that runs before
   * it is destroyed must not take a dead object for garbage.
   */
  private deposit(o: PyObject, later: PyObject[], tracked: boolean[]): void {
    const wasTracked = o.gcHandle !== 0;
    if (wasTracked) this.gc.table.unlink(o);
    later.push(o);
    tracked.push(wasTracked);
  }

  /**
   * Objects CPython frees without its trashcan (classes through their base, functions, bound
   * methods, iterators, slices...) can be chained without limit too; in C such a chain recurses,
   * here past CHAIN_UNWIND_LEVEL nested ones they wait, as the trashcan's do, so the JavaScript
   * stack stays bounded. (Only chains that deep are freed in another order than CPython's.)
   */
  private deallocChained(o: PyObject): void {
    if (this.chainNesting >= CHAIN_UNWIND_LEVEL) {
      this.deposit(o, this.chainLater, this.chainTracked);
      return;
    }
    this.chainNesting++;
    this.deallocBody(o);
    this.chainNesting--;
    if (this.chainNesting > 0 || this.chainLater.length === 0) return;
    this.chainNesting++;
    while (this.chainLater.length > 0) {
      const next = this.chainLater.pop()!;
      if (this.chainTracked.pop()) this.gc.track(next);
      this.dealloc(next);
    }
    this.chainNesting--;
  }

  /** The finalizer (which may resurrect the object: then it stays alive), then destruction. */
  private deallocBody(o: PyObject): void {
    if (o.weakrefs && !this.profile.finalizeOnce) this.clearWeakrefsAtDeath(o);
    if (this.finalizer && this.hasFinalizer(o)) {
      this.finalizer(o);
      if (o.refcount > 0) return;
    }
    this.destroy(o);
  }

  /** A function died: its code object loses a holder (set by the interpreter). */
  codeReleased: ((code: unknown) => void) | null = null;

  /** Does this object's type define a finalizer (`__del__` not yet run)? Set by the interpreter. */
  hasFinalizer: (o: PyObject) => boolean = () => false;

  private destroyTrashChain(): void {
    this.trashNesting++;
    // Each deposited deallocator runs from the top again, its own trashcan level included.
    while (this.trashLater.length > 0) {
      const o = this.trashLater.pop()!;
      if (this.trashTracked.pop()) this.gc.track(o);
      this.dealloc(o);
    }
    this.trashNesting--;
  }

  /** An object's deallocator: its body, then its memory goes back to the allocator. */
  private destroy(o: PyObject): void {
    this.destroyBody(o);
    releaseObject(this.allocator, o);
  }

  /** Runs an object's deallocator body: it is gone, then releases what it held. */
  private destroyBody(o: PyObject): void {
    this.gone(o);
    // A str holds nothing. (Numbers never come here: dealloc frees them at once.)
    if (o instanceof PyStr) return;
    if (isGcType(o)) this.gc.freed(o);
    if (o.weakrefs) this.clearWeakrefsAtDeath(o);
    // Its own releases, in CPython's order (each class's `dealloc`, see slots.ts).
    o.dealloc(this);
  }

  /** What every object's death marks, uncounts and records. */
  private gone(o: PyObject): void {
    o.freed = true;
    this.live?.delete(o);
    this.objectCount--;
    this.bytes -= o.footprint;
    if (this.recording) {
      if (!this.bulkLog || this.bulkLog.keeps(o)) this.events.dealloc(o.address, o.type.name);
      else this.bulkLog.count('deallocs');
    } else if (this.eventsTruncated) {
      this.unrecorded.deallocs++;
    }
  }

  /**
   * PyObject_ClearWeakRefs: every weakref to a dying object is cleared first, then the callbacks
   * run in list order (newest first), each with its weakref, which a temporary tuple keeps alive.
   */
  private clearWeakrefsAtDeath(o: PyObject): void {
    const list = o.weakrefs!.slice();
    if (list.length === 1) {
      const wr = list[0]!;
      const callback = wr.callback;
      wr.callback = null;
      clearRef(wr);
      this.emit({ kind: 'weakrefCleared', id: wr.address, referent: o.address });
      if (!callback) return;
      if (wr.refcount > 0) this.runWeakrefCallback(wr, callback);
      this.decref(callback);
      return;
    }
    const held: PyObject[] = [];
    const calls: [PyWeakref, PyObject][] = [];
    for (const wr of list) {
      const callback = wr.callback;
      wr.callback = null;
      if (wr.refcount > 0) {
        this.incref(wr);
        held.push(wr);
        if (callback) {
          held.push(callback);
          calls.push([wr, callback]);
        }
      } else if (callback) this.decref(callback);
      clearRef(wr);
      this.emit({ kind: 'weakrefCleared', id: wr.address, referent: o.address });
    }
    const tuple = this.newTuple(held);
    for (const [wr, callback] of calls) this.runWeakrefCallback(wr, callback);
    this.decref(tuple);
  }

  private runWeakrefCallback(wr: PyWeakref, callback: PyObject): void {
    this.emit({ kind: 'weakrefCallback', id: wr.address });
    this.gc.runtime?.callWeakrefCallback(wr, callback);
  }

  /**
   * tp_clear, as the collector calls it to break a cycle: the object drops its references but
   * stays alive until its refcount reaches zero.
   */
  clearObject(o: PyObject): void {
    o.clear(this);
  }

  // ---- container mutation (borrowed arguments, new references taken) ----

  listAppend(l: PyList, v: PyObject): void {
    const n = l.items.length;
    if (n >= l.allocated) this.listResize(l, n + 1);
    this.incref(v, l, n);
    l.items.push(v);
  }

  /**
   * list_resize: room for `newsize` items. Within the allocation (and at least half of it used)
   * nothing moves; otherwise CPython over-allocates by about an eighth, rounded to 4 slots, or
   * exactly (rounded to 4) for a jump bigger than that.
   */
  listResize(l: PyList, newsize: number): void {
    const allocated = l.allocated;
    if (allocated >= newsize && newsize >= Math.floor(allocated / 2)) return;
    l.allocated = listGrowth(newsize, l.items.length);
    this.resized(l, listSize(l.allocated));
  }

  /** Sets a list's allocation (list_preallocate_exact and friends). */
  listSetAllocated(l: PyList, allocated: number): void {
    l.allocated = allocated;
    this.resized(l, listSize(allocated));
  }

  /** list.clear(), tp_clear: the items are taken out and the allocation freed. */
  listCleared(l: PyList): void {
    l.items = [];
    this.listSetAllocated(l, 0);
  }

  /** dict.clear(), tp_clear: back to the shared empty keys table. */
  dictCleared(d: PyDict): void {
    d.splitOf = null;
    odictCleared(d);
    d.entries = [];
    d.index = new Map();
    d.keysLog2 = 0;
    d.keysUsable = 0;
    d.keysUnicode = true;
    this.resized(d, dictSize(0, true));
  }

  /**
   * A new key goes into the keys table: the first one makes the 8-slot table, a full table (or a
   * str-only table meeting another key) is resized for three times the entries it holds.
   */
  private dictMakeRoom(d: PyDict, key: PyObject): void {
    const isStr = key instanceof PyStr;
    if (d.splitOf) {
      if (isStr && this.splitTakes(d, d.splitOf, key.value)) {
        this.resized(d, splitDictSize(d.splitOf));
        return;
      }
      // insertion_resize: the split table becomes a combined one for three times its entries.
      d.splitOf = null;
      const used = d.size;
      d.keysLog2 = dictLog2For(used * 3);
      d.keysUsable = dictUsable(d.keysLog2) - used;
      d.keysUnicode = isStr && d.strKeysOnly;
    } else if (d.keysLog2 === 0) {
      d.keysLog2 = DICT_LOG2_MINSIZE;
      d.keysUsable = dictUsable(DICT_LOG2_MINSIZE);
      d.keysUnicode = isStr;
    } else if (d.keysUsable <= 0 || (d.keysUnicode && !isStr)) {
      const used = d.size;
      d.keysLog2 = dictLog2For(used * 3);
      d.keysUsable = dictUsable(d.keysLog2) - used;
      if (!isStr) d.keysUnicode = false;
    }
    d.keysUsable--;
    this.resized(d, dictSize(d.keysLog2, d.keysUnicode));
  }

  /**
   * Can a split dict store `name` and stay split? If the shared keys have it within the values
   * array, or can still take it (the new name joins the class's shared keys).
   */
  private splitTakes(d: PyDict, t: PyType, name: string): boolean {
    let ix = t.attrOrder.indexOf(name);
    if (ix < 0) {
      if (t.keysUsable <= 0) return false;
      t.keysUsable--;
      ix = t.attrOrder.push(name) - 1;
    }
    return ix < d.splitCapacity;
  }

  /** Replaces l[i]; the old item is released after the new one is stored (as list_ass_item). */
  listSet(l: PyList, i: number, v: PyObject): void {
    this.incref(v, l, i);
    const old = l.items[i]!;
    l.items[i] = v;
    this.decref(old, l, i);
  }

  listDelete(l: PyList, i: number): void {
    const [old] = l.items.splice(i, 1);
    this.listResize(l, l.items.length);
    this.decref(old!, l, i);
  }

  /** Runs `keyCheck` for keys that may have a Python-level `__hash__`. */
  private checkKey(key: PyObject): void {
    if (
      this.keyCheck !== null &&
      (key instanceof PyInstance ||
        key instanceof PyTuple ||
        (key instanceof PyWeakref && key.tableHash === null && key.referent !== null))
    )
      this.keyCheck(key);
  }

  /** A key not in `d` (its hash key `h`) stored with `value`, whose reference is counted. */
  private dictInsert(d: PyDict, h: string, key: PyObject, value: PyObject): void {
    this.dictMakeRoom(d, key);
    if (!(key instanceof PyStr)) d.strKeysOnly = false;
    this.incref(key, d, key);
    d.index.set(h, d.entries.length);
    d.entries.push({ key, value });
    d.insertions++;
    if (odictKeyAdded(d, key)) this.incref(key, d, ORDER_SLOT);
  }

  dictGet(d: PyDict, key: PyObject): PyObject | undefined {
    this.checkKey(key);
    const i = d.index.get(hashKey(key));
    return i === undefined ? undefined : d.entries[i]!.value;
  }

  /** d[key] = value. A new key is stored (incref'd); an existing key keeps its first key object. */
  dictSet(d: PyDict, key: PyObject, value: PyObject): void {
    this.checkKey(key);
    const h = hashKey(key);
    const i = d.index.get(h);
    this.incref(value, d, key);
    this.maintainTracking(d, key, value);
    if (i === undefined) {
      this.dictInsert(d, h, key, value);
      return;
    }
    const e = d.entries[i]!;
    const old = e.value;
    e.value = value;
    this.decref(old, d, e.key);
  }

  /**
   * A name binding (STORE_NAME): the namespace takes over the caller's reference to `value`, so the
   * count does not change; the old value of the name is released afterwards.
   */
  dictSetSteal(d: PyDict, key: PyObject, value: PyObject): void {
    const h = hashKey(key);
    const i = d.index.get(h);
    this.noteMove(value, d, key);
    this.maintainTracking(d, key, value);
    if (i === undefined) {
      this.dictInsert(d, h, key, value);
      return;
    }
    const e = d.entries[i]!;
    const old = e.value;
    e.value = value;
    this.decref(old, d, e.key);
  }

  /**
   * _PyFrame_Clear of a generator's frame (it finished, or the generator died): its locals in
   * order, then its value stack bottom to top, then its function.
   */
  clearGeneratorFrame(g: PyGenerator): void {
    const f = g.frame;
    if (!f) return;
    g.frame = null;
    const holder = f as unknown as RefHolder;
    for (let i = 0; i < f.fast.length; i++) {
      const v = f.fast[i];
      if (!v) continue;
      f.fast[i] = null;
      this.decref(v, holder, f.code.localNames[i]);
    }
    for (const v of f.stack.splice(0)) if (v) this.decref(v, STACK);
    if (f.func) this.decref(f.func, holder, '__func__');
  }

  /** A generator stand-in finished or was dropped: its frame's references go, its guard ends. */
  closeGenerator(it: PyIterator): void {
    const close = it.onClose;
    it.onClose = null;
    it.produce = null;
    for (const o of it.held.splice(0)) this.decref(o, it, 'frame');
    close?.();
  }

  /** s.add(v): a new member takes a reference; returns false when already there. */
  setAdd(s: PySet, v: PyObject): boolean {
    this.checkKey(v);
    const k = hashKey(v);
    if (s.members.has(k)) return false;
    this.incref(v, s, v);
    s.members.set(k, v);
    s.table.add(v, pyHash(v));
    this.resized(s, setSize(s.table.capacity));
    if (s.gcHandle === 0 && mayBeTracked(v)) this.gc.track(s);
    return true;
  }

  /**
   * The members of a frozenset made from `items` (PyFrozenSet_New of a tuple: each added in
   * turn, the first of equal ones kept), in its table; borrowed.
   */
  frozenMembers(items: readonly PyObject[]): SetTable<PyObject> {
    const table = new SetTable<PyObject>();
    const seen = new Set<string>();
    for (const v of items) {
      const k = hashKey(v);
      if (seen.has(k)) continue;
      seen.add(k);
      table.add(v, pyHash(v));
    }
    return table;
  }

  /**
   * A constant frozenset of a set display's items: the compiler makes one from the items, and
   * merge_consts_recursive makes it again from the first one's members in their table order.
   */
  constantFrozenset(items: readonly PyObject[]): SetTable<PyObject> {
    return this.frozenMembers(this.frozenMembers(items).keys());
  }

  /** BUILD_SET 0, SET_UPDATE of a constant frozenset: a new set, laid out as set_merge does. */
  newSetFromFrozen(frozen: SetTable<PyObject>): PySet {
    const s = this.newSet();
    s.table.mergeIntoEmpty(frozen);
    for (const v of frozen.keys()) {
      this.incref(v, s, v);
      s.members.set(hashKey(v), v);
      if (s.gcHandle === 0 && mayBeTracked(v)) this.gc.track(s);
    }
    this.resized(s, setSize(s.table.capacity));
    return s;
  }

  /** s.discard(v): returns false when `v` is not a member. */
  setDiscard(s: PySet, v: PyObject): boolean {
    this.checkKey(v);
    const k = hashKey(v);
    const old = s.members.get(k);
    if (!old) return false;
    s.members.delete(k);
    s.table.remove(old, pyHash(old));
    this.decref(old, s, old);
    return true;
  }

  /** set_clear_internal: the members go in table order. */
  setClear(s: PySet): void {
    const members = s.ordered();
    s.members.clear();
    s.table.clear();
    this.resized(s, setSize(s.table.capacity));
    this.bulk(members.length, () => {
      for (const m of members) this.decref(m, s, m);
    });
  }

  /** del d[key]: returns false when the key is absent. Releases the key, then the value. */
  dictDelete(d: PyDict, key: PyObject): boolean {
    this.checkKey(key);
    const h = hashKey(key);
    const i = d.index.get(h);
    if (i === undefined) return false;
    const e = d.entries[i]!;
    d.entries[i] = undefined;
    d.index.delete(h);
    // PyODict_DelItem: the key's node goes first (_odict_clear_node), then the dict's entry.
    if (odictKeyRemoved(d, e.key)) this.decref(e.key, d, ORDER_SLOT);
    if (d.entries.length > 8 && d.index.size * 2 < d.entries.length) compact(d);
    this.decref(e.key, d, e.key);
    this.decref(e.value, d, e.key);
    return true;
  }
}

function compact(d: PyDict): void {
  const entries = d.entries.filter((e): e is NonNullable<typeof e> => e !== undefined);
  d.entries = entries;
  d.index = new Map(entries.map((e, i) => [hashKey(e.key), i]));
}

/** "[3]" for a list slot, "a" for a name, "['k']" for a dict key, ".x" for an attribute. */
function slotLabel(holder: RefHolder, slot?: Slot): string {
  if (holder === STACK) return 'stack';
  if (slot === undefined) return '';
  if (holder instanceof PyObject) return holder.slotLabel(slot);
  return slotText(slot);
}
