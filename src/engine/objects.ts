import type { GcNode } from './gcList';
import { SetTable } from './setTable';
import type { StrKind } from './sizes';

/**
 * The objects of the simulated heap. Every object has an address (its `id()`), a type and a
 * refcount; containers also hold references to other objects. A reference held by a container
 * is always counted in the target's refcount: the classes here only store references, the heap
 * (`heap.ts`) does the counting.
 */

export abstract class PyObject implements GcNode {
  /** A new object starts with the one reference its creator owns. */
  refcount = 1;
  /** Links of the collector's generation list; null while the object is not tracked. */
  gcNext: GcNode | null = null;
  gcPrev: GcNode | null = null;
  /** The collector's working count during a collection (CPython's gc_refs). */
  gcRefs = 0;
  /** GC_COLLECTING / GC_UNREACHABLE bits while a collection runs. */
  gcFlags = 0;
  /** Weak references to this object, in CPython's list order; null when there are none. */
  weakrefs: PyWeakref[] | null = null;
  /** Cached and shared by the interpreter (small ints, interned strs, None, True, False). */
  interned = false;
  /** Set once the refcount reached zero and the object was destroyed. */
  freed = false;
  /** Part of another object's implementation (a class's __mro__ tuple): real, but not drawn. */
  internal = false;
  /** The bytes the memory budget counts for this object while it lives (see sizes.ts). */
  footprint = 0;
  /** Scratch of the snapshot's reachability pass (reachability.ts); meaningless anywhere else. */
  viewScratch = 0;
  /** Instances of this class are GC objects (Py_TPFLAGS_HAVE_GC); set on the prototypes below. */
  declare readonly gcClass: boolean;
  /**
   * How its deallocation nests (heap.ts): 0 it holds nothing (numbers, strs), 1 through CPython's
   * trashcan (containers, instances), 2 as a chain (anything else holding references).
   */
  declare readonly deallocKind: 0 | 1 | 2;
  /** sys.getsizeof of objects of this class when it never changes, else 0 (sizes.ts). */
  declare readonly fixedSize: number;
  abstract readonly type: PyType;
  /**
   * The address Python sees (`id()`, reprs, the default hash): given out by the simulated
   * allocator (allocator.ts) when the object is registered, and reused after it is freed. Until
   * then, and for static objects, the serial `address`, which is never reused.
   */
  pyId: number;
  /** A block the object owns beside itself (a list's items, a dict's keys, a set's table). */
  extra: ExtraBlock | null = null;
  constructor(readonly address: number) {
    this.pyId = address;
  }
}

/** A block an object owns beside itself: where, how many bytes it was asked for, its kind. */
export interface ExtraBlock {
  address: number;
  bytes: number;
  tag: string;
}

export class PyType extends PyObject {
  /** Attributes defined in the class body, in definition order. */
  readonly attrs = new Map<string, PyObject>();
  /** Instance attribute names in the order the class first saw them (CPython's shared keys). */
  readonly attrOrder: string[] = [];
  /**
   * Free slots left in the shared keys (3.11 starts with 30). Each new instance uses one up (down
   * to 1) and each new attribute name another; an instance whose attribute no longer fits gets a
   * real __dict__.
   */
  keysUsable = 30;
  /**
   * What a class holds for itself, owned: its namespace dict (tp_dict; the attributes themselves
   * are in `attrs`), the `__dict__`/`__weakref__` descriptors, its __mro__ and __bases__ tuples.
   */
  readonly internals: PyObject[] = [];
  /** The index in `internals` of the __mro__ tuple (cleared by the collector to break the cycle). */
  mroIndex = -1;
  /**
   * The slots this class's `__slots__` declared (without `__dict__`/`__weakref__`), sorted as
   * type_new sorts them: the order of their members, so of traversal and of clearing.
   */
  slotNames: readonly string[] = [];
  /** This class or a base declared non-empty slots: instances may hold slot values. */
  hasSlots = false;
  /**
   * Instances have a `__dict__` / accept weak references. A class defined without `__slots__`
   * (or naming them in it) adds them when its base lacks them; built-in bases count as lacking.
   */
  hasDict = true;
  hasWeakref = true;
  /**
   * The module a built-in stand-in type reports (`__module__`, and its repr `<class
   * 'weakref.WeakValueDictionary'>`), or null: `builtins` for a built-in, `__main__` for a class.
   */
  moduleName: string | null = null;
  /** `__qualname__` of a class statement's class when it differs from its name (`f.<locals>.C`). */
  qualname: string | null = null;
  /**
   * The method resolution order when multiple inheritance is involved (C3, this class first);
   * null while it is just the chain of `base`s (single inheritance keeps no array per class: a
   * chain may be thousands of classes long).
   */
  explicitMro: readonly PyType[] | null = null;
  /** `__bases__` when there are several (else `[base]`). */
  explicitBases: readonly PyType[] | null = null;
  /**
   * The C type's tp_name when its module qualifies it (`collections.deque`), which CPython's
   * error messages show ("unhashable type: 'collections.deque'"); null when it is `name`.
   */
  cName: string | null = null;
  constructor(
    address: number,
    readonly name: string,
    readonly base: PyType | null,
    private metatype: PyType | null,
    /** True for classes created by a `class` statement (their instances hold a reference). */
    readonly isHeapType: boolean,
  ) {
    super(address);
  }
  get type(): PyType {
    return this.metatype ?? this;
  }
  /** Is this type `other` or a subclass of it? */
  isSubtypeOf(other: PyType): boolean {
    // A loop: a class may have thousands of ancestors.
    if (this === other) return true;
    if (this.explicitMro) return this.explicitMro.includes(other);
    for (let t = this.base; t; t = t.base) if (t === other) return true;
    return false;
  }
  /** The method resolution order (`__mro__`), this class first. */
  mro(): readonly PyType[] {
    if (this.explicitMro) return this.explicitMro;
    const out: PyType[] = [this];
    for (let t = this.base; t; t = t.base) out.push(t);
    return out;
  }
  /** The class after `c` in this class's MRO (a walk without an array for single inheritance). */
  nextInMro(c: PyType, index: number): PyType | null {
    return this.explicitMro ? (this.explicitMro[index + 1] ?? null) : c.base;
  }
  /** `__bases__`. */
  bases(): readonly PyType[] {
    return this.explicitBases ?? (this.base ? [this.base] : []);
  }
}

export class PyNone extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
  ) {
    super(address);
  }
}

export class PyBool extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly value: boolean,
  ) {
    super(address);
  }
}

/** Python ints are unbounded: a JS number while it is a safe integer, a bigint beyond. */
export type IntValue = number | bigint;

export class PyInt extends PyObject {
  private key: string | null = null;
  /** The bytes its block was asked for with when that is not its size (0: its size). */
  blockBytes = 0;
  constructor(
    address: number,
    readonly type: PyType,
    readonly value: IntValue,
  ) {
    super(address);
  }
  /** Its dict/set key (see `hashKey`), computed on first use. */
  get hashKey(): string {
    return (this.key ??= 'n' + this.value.toString());
  }
}

export class PyFloat extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly value: number,
  ) {
    super(address);
  }
}

export class PyStr extends PyObject {
  /** Its dict/set key (see `hashKey`), computed once as CPython caches a str's hash. */
  readonly hashKey: string;
  /** How CPython stores its characters (sizes.ts), known once its size was counted. */
  kind: StrKind | null = null;
  constructor(
    address: number,
    readonly type: PyType,
    readonly value: string,
  ) {
    super(address);
    this.hashKey = 's' + value;
  }
}

export class PyList extends PyObject {
  /** Slots allocated (CPython's `allocated`): grows ahead of the items as list_resize decides. */
  allocated: number;
  constructor(
    address: number,
    readonly type: PyType,
    /** Owned references, in order. */
    public items: PyObject[],
    allocated = items.length,
  ) {
    super(address);
    this.allocated = allocated;
  }
}

export class PyTuple extends PyObject {
  /** Its dict/set key and hash() once computed (a tuple never changes; see hashing.ts). */
  keyCache: string | null = null;
  hashCache: bigint | null = null;
  constructor(
    address: number,
    readonly type: PyType,
    readonly items: readonly PyObject[],
  ) {
    super(address);
  }
}

/** One slot of a dict's insertion-ordered entry table; a deleted entry leaves a hole. */
export interface DictEntry {
  key: PyObject;
  value: PyObject;
}

export class PyDict extends PyObject {
  /** Entries in insertion order; `undefined` marks a deleted entry (as CPython's dummy). */
  entries: (DictEntry | undefined)[] = [];
  /** Hash key (see `hashKey`) to index in `entries`. */
  index = new Map<string, number>();
  /** Every key ever stored was a str (CPython's unicode-keys table): traversal skips the keys. */
  strKeysOnly = true;
  /**
   * An instance's materialised `__dict__` keeps its values in the class's shared-key order
   * (CPython's split table): they are traversed and released in that order, whatever the
   * insertion order the dict shows.
   */
  sharedKeys: readonly string[] | null = null;
  /**
   * An instance's `__dict__` made from its inline values (3.11's split table): the keys are the
   * class's shared keys (`splitOf.attrOrder`), the values the instance's array of
   * `splitCapacity` slots. Null once the dict is combined (a key that does not fit, `clear()`).
   */
  splitOf: PyType | null = null;
  splitCapacity = 0;
  /** The keys table's size as log2 of its slots; 0 while it is the shared empty table. */
  keysLog2 = 0;
  /** Entries the keys table can still take before it is resized (dk_usable). */
  keysUsable = 0;
  /** The table holds str keys only (smaller entries: DICT_KEYS_UNICODE). */
  keysUnicode = true;
  /**
   * Set on a class's dict stand-in (its descriptors): the class's attributes, kept in
   * `PyType.attrs`, are entries of the real dict too, so they decide its tracking as well.
   */
  ownerClass: PyType | null = null;
  constructor(
    address: number,
    readonly type: PyType,
    /** A module's or a class's namespace: its keys are names, shown as such. */
    readonly isNamespace = false,
  ) {
    super(address);
  }
  get size(): number {
    return this.index.size;
  }
  *liveEntries(): IterableIterator<DictEntry> {
    for (const e of this.entries) if (e) yield e;
  }
}

export class PyModule extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly name: string,
    /** The module's globals; the module owns one reference to it. */
    readonly dict: PyDict,
  ) {
    super(address);
  }
}

/** A function implemented by the interpreter (print, len, sys.getrefcount, ...). */
export class PyBuiltin extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly name: string,
    /** Opaque to the engine: the interpreter's implementation. */
    readonly impl: unknown,
    /** `self` of a bound builtin method such as `l.append`, owned. */
    readonly self: PyObject | null = null,
  ) {
    super(address);
  }
}

/** A function defined by `def` or `lambda`. Its code is the interpreter's business. */
export class PyFunction extends PyObject {
  /** The function's `__dict__`, created when the first attribute is set (owned). */
  dict: PyDict | null = null;
  /** `__kwdefaults__`: keyword-only parameters' default values (owned), or null. */
  kwdefaults: PyDict | null = null;
  /**
   * func_module, func_doc and func_annotations once set or read (owned); null: not yet, and
   * reading gives the default (the globals' `__name__`, the docstring, a new empty dict).
   */
  module: PyObject | null = null;
  doc: PyObject | null = null;
  annotations: PyObject | null = null;
  constructor(
    address: number,
    readonly type: PyType,
    /** `__name__` and `__qualname__`: a decorator may set them (`wrapper.__name__ = ...`). */
    public name: string,
    public qualname: string,
    readonly code: unknown,
    /** Owned. */
    readonly globals: PyDict,
    /** Owned; null when the function has no default values. */
    public defaults: PyTuple | null,
    /** `__closure__`: a tuple of cells, one per free variable (owned); null without any. */
    public closure: PyTuple | null = null,
  ) {
    super(address);
  }
}

/**
 * A cell (CPython's PyCellObject): one captured variable of a function, shared by the frame that
 * owns the variable and by the `__closure__` tuples of the functions that read it. Its contents
 * are owned; null when the variable is unbound. GC-tracked: a function can reach itself through
 * its own cell (`def f(): return f` inside an enclosing function).
 */
export class PyCell extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    public contents: PyObject | null,
  ) {
    super(address);
  }
}

/** A bound method: a function and the instance it was looked up on, both owned. */
export class PyMethod extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly func: PyObject,
    readonly self: PyObject,
  ) {
    super(address);
  }
}

/** An instance of a class defined in Python (exceptions included). */
export class PyInstance extends PyObject {
  /** Attribute values, owned, in the instance's insertion order. */
  readonly attrs = new Map<string, PyObject>();
  /** The `__dict__` object once something asked for it (CPython materialises it lazily). */
  dict: PyDict | null = null;
  /** `args` of an exception instance, owned. */
  args: PyTuple | null = null;
  /** `__traceback__` of an exception instance (a traceback object), owned; null is None. */
  traceback: PyObject | null = null;
  /** `__cause__` and `__context__` of an exception instance (exceptions), owned; null is None. */
  cause: PyObject | null = null;
  context: PyObject | null = null;
  /** `__suppress_context__`: set by `raise ... from` (a cause hides the context when printed). */
  suppressContext = false;
  /** Values of the `__slots__` members that are set (owned), created at the first one. */
  slots: Map<string, PyObject> | null = null;
  /** PEP 442: `__del__` already ran for this object. */
  finalized = false;
  /** How many shared-key slots this instance's inline values can hold (set at creation). */
  inlineCapacity = 0;
  /**
   * What its class's own `__hash__` returned when it was last hashed (as a set member's slot
   * keeps the hash it was stored with), or null: hashed by address.
   */
  userHash: bigint | null = null;
  constructor(
    address: number,
    readonly type: PyType,
  ) {
    super(address);
  }
}

/** A set: members in insertion order keyed by `hashKey` (owned references). */
export class PySet extends PyObject {
  /** Membership by `hashKey` (owned references). */
  readonly members = new Map<string, PyObject>();
  /** The members' places in CPython's hash table: their iteration order. */
  readonly table = new SetTable<PyObject>();
  /** The members in iteration order. */
  ordered(): PyObject[] {
    return this.table.keys();
  }
  constructor(
    address: number,
    readonly type: PyType,
  ) {
    super(address);
  }
}

/**
 * range(start, stop, step): unbounded ints, as CPython's range holds PyLongs (range(10**30) is
 * fine; only len() of it is an OverflowError). Its length is computed once.
 */
export class PyRange extends PyObject {
  /** The number of items, exactly: a JS number while it is safe, a bigint beyond. */
  readonly length: IntValue;
  constructor(
    address: number,
    readonly type: PyType,
    readonly start: IntValue,
    readonly stop: IntValue,
    readonly step: IntValue,
  ) {
    super(address);
    this.length = rangeLength(start, stop, step);
  }
}

function rangeLength(start: IntValue, stop: IntValue, step: IntValue): IntValue {
  if (
    typeof start === 'number' &&
    typeof stop === 'number' &&
    typeof step === 'number' &&
    Math.abs(start) < 2 ** 52 &&
    Math.abs(stop) < 2 ** 52
  ) {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const [a, b, c] = [BigInt(start), BigInt(stop), BigInt(step)];
  let n: bigint;
  if (c > 0n) n = a < b ? (b - a - 1n) / c + 1n : 0n;
  else n = a > b ? (a - b - 1n) / -c + 1n : 0n;
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/** What a dict view or dict iterator yields. */
export type DictPart = 'keys' | 'values' | 'items';

/** `d.keys()`, `d.values()`, `d.items()`: a live view holding the dict. */
export class PyDictView extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly dict: PyDict,
    readonly part: DictPart,
  ) {
    super(address);
  }
}

/**
 * An iterator over a list, tuple, str, set, range or dict. It holds its sequence (owned) until
 * exhausted; a dict items iterator also keeps its last result tuple to reuse it.
 */
export class PyIterator extends PyObject {
  index = 0;
  /** For a set or dict: the members snapshot taken when iteration started. */
  snapshot: PyObject[] | null = null;
  /** Set for a generator stand-in: its qualified name, shown in its repr. */
  label: string | null = null;
  /** A generator stand-in's next step: a new reference, or null when it is done. */
  produce: (() => PyObject | null) | null = null;
  /** What a generator stand-in's suspended frame holds (owned), and how it closes. */
  held: PyObject[] = [];
  onClose: (() => void) | null = null;
  /** dict iterators: the dict's size when iteration began (-1 once it changed: sticky). */
  expectedSize = -1;
  /** dict items iterator: the result tuple it reuses while nobody else holds it. */
  result: PyTuple | null = null;
  constructor(
    address: number,
    readonly type: PyType,
    /** The iterated object, owned; null once exhausted. */
    public seq: PyObject | null,
    readonly part: DictPart | null,
  ) {
    super(address);
  }
}

/** `a[start:stop:step]`'s slice object: its three fields are owned (None when omitted). */
export class PySlice extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {
    super(address);
  }
}

/** What kind of weak reference: `weakref.ref`, `weakref.proxy`, or a weak container's keyed ref. */
export type WeakrefKind = 'ref' | 'proxy' | 'keyed';

/**
 * A weak reference. Its referent is NOT counted (that is the point); it is cleared to null when
 * the referent dies. The callback, and a keyed ref's key, are owned.
 */
export class PyWeakref extends PyObject {
  /** hash(wr) is hash(referent), remembered so a dead weakref can still be found in a dict. */
  hashCache: string | null = null;
  /**
   * A weakref.WeakMethod's `_alive` (true until its callback ran); null for any other weakref.
   * Its `key` then holds `_func_ref`, the weak reference to the method's function.
   */
  methodAlive: boolean | null = null;
  constructor(
    address: number,
    readonly type: PyType,
    public referent: PyObject | null,
    public callback: PyObject | null,
    readonly kind: WeakrefKind,
    public key: PyObject | null = null,
  ) {
    super(address);
  }
}

/** Which weak container: WeakValueDictionary, WeakKeyDictionary or WeakSet. */
export type WeakContainerKind = 'WeakValueDictionary' | 'WeakKeyDictionary' | 'WeakSet';

/**
 * A weak container, built as weakref.py builds it: `data` (owned) maps keys to KeyedRefs of the
 * values (WeakValueDictionary), weakrefs of the keys to values (WeakKeyDictionary), or holds
 * weakrefs of the members (WeakSet); each of those weakrefs has `remover` (owned) as callback.
 */
export class PyWeakContainer extends PyObject {
  /** Iterations in progress (weakref.py's _IterationGuard): removals wait until they end. */
  iterating = 0;
  /** Weakrefs whose entries died during an iteration (owned), removed once it ends. */
  pending: PyWeakref[] = [];
  constructor(
    address: number,
    readonly type: PyType,
    readonly kind: WeakContainerKind,
    public data: PyDict | PySet | null,
    public remover: PyObject | null,
  ) {
    super(address);
  }
}

/**
 * weakref.finalize: calls func(*args, **kwargs) once when the referent dies, unless detached.
 * `ref` is a weakref to the referent whose callback is this object; while alive the registry
 * (the interpreter) holds a reference to it.
 */
export class PyFinalize extends PyObject {
  /** Run at interpreter exit if still alive (`f.atexit`, true unless the program set it false). */
  atexit = true;
  constructor(
    address: number,
    readonly type: PyType,
    public ref: PyWeakref | null,
    public func: PyObject | null,
    public args: PyTuple | null,
    public kwargs: PyDict | null,
  ) {
    super(address);
  }
}

/**
 * A slot's member descriptor (`Point.x`, `<member 'x' of 'Point' objects>`): it lives in its
 * class's namespace and owns a reference to the class (d_type), as every descriptor does.
 */
export class PyMemberDescriptor extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    /** Owned; null once the descriptor was released. */
    public owner: PyType | null,
    readonly name: string,
  ) {
    super(address);
  }
}

/** The classes whose objects the collector can track (Py_TPFLAGS_HAVE_GC): a flag read per object. */
function markGcClasses(classes: { prototype: object }[]): void {
  Object.defineProperty(PyObject.prototype, 'gcClass', { value: false, writable: true });
  for (const c of classes)
    Object.defineProperty(c.prototype, 'gcClass', { value: true, writable: true });
}
markGcClasses([
  PyList,
  PyTuple,
  PyDict,
  PyInstance,
  PyFunction,
  PyCell,
  PyMethod,
  PySet,
  PyWeakref,
  PyIterator,
  PyDictView,
  PyModule,
  PySlice,
  PyWeakContainer,
  PyFinalize,
  PyMemberDescriptor,
]);

/** The deallocation kinds (see `deallocKind`), set on the prototypes. */
function markDeallocKinds(): void {
  Object.defineProperty(PyObject.prototype, 'deallocKind', { value: 2, writable: true });
  for (const c of [PyInt, PyFloat, PyStr, PyBool, PyNone, PyRange])
    Object.defineProperty(c.prototype, 'deallocKind', { value: 0, writable: true });
  for (const c of [PyList, PyTuple, PyDict, PyInstance])
    Object.defineProperty(c.prototype, 'deallocKind', { value: 1, writable: true });
}
markDeallocKinds();
