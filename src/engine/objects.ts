import type { LiveLinks } from './liveObjects';
import { decodeAddress } from './addressCode';
import { AttrKeys } from './attrKeys';
import { SetTable } from './setTable';
import {
  codePoints,
  dictSize,
  FLOAT_SIZE,
  INSTANCE_SIZE,
  intSize,
  iteratorSize,
  listSize,
  setSize,
  splitDictSize,
  strSize,
  strSizeOf,
  tupleSize,
  type StrKind,
} from './sizes';
import type { Heap } from './heap';
import {
  DICT_LAYOUT,
  FLOAT_LAYOUT,
  hasExtraBlock,
  INSTANCE_LAYOUT,
  INT_LAYOUT,
  LIST_LAYOUT,
  OBJECT_LAYOUT,
  SET_LAYOUT,
  TUPLE_LAYOUT,
  typeConstants,
  type MemoryLayout,
  type DisplayOut,
  type ObjectKind,
  type ViewRefs,
  type Visit,
} from './slots';
import { instanceSize, slotValuesInOrder } from './slotLayout';
import { formatFloat, intToString } from './numbers';
import { strRepr } from './strRepr';
import { displayRepr } from './display';
import { clearRef } from './weakrefs';

/**
 * The objects of the simulated heap. Every object has an address (its `id()`), a type and a
 * refcount; containers also hold references to other objects. A reference held by a container
 * is always counted in the target's refcount: the classes here only store references, the heap
 * (`heap.ts`) does the counting. Each class carries its type's behaviour (traverse, clear,
 * dealloc, size, view, display: see slots.ts), so adding a type is one class.
 */

/**
 * The first serial (`address`). Serials are small integers, which V8 keeps in the field itself
 * (an address above 2^31 would be a boxed double); 0 is no object's (a reference held by the value
 * stack has holder address 0 in the event log).
 */
export const FIRST_SERIAL = 0x40;
/** What a serial adds up to as an `id()`, while the object has no block (static objects). */
const STATIC_ID_OFFSET = 0x7f3a9c200000 - FIRST_SERIAL;

/**
 * `o.pyId` without the accessor: the allocators' code calls this for every object, at sites that
 * see objects of every class, where an accessor call costs more than the arithmetic.
 */
export function pyIdOf(o: PyObject): number {
  return o.idCode === 0 ? o.address + STATIC_ID_OFFSET : decodeAddress(o.idCode);
}

export abstract class PyObject implements LiveLinks {
  /** A new object starts with the one reference its creator owns. */
  refcount = 1;
  /**
   * Its handle in the collector's table (gcList.ts), which holds its links, gc_refs and flags
   * while it is tracked; 0 while it is not. An own field of GC objects only (`hasGcFields`): any
   * other object reads the prototype's 0 and is never written (see the constructor).
   */
  declare gcHandle: number;
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
  /** Links of the heap's list of live objects (liveObjects.ts); null while not in it. */
  liveNext: PyObject | null = null;
  livePrev: PyObject | null = null;
  /** How the view draws its instances (slots.ts). */
  declare readonly viewKind: ObjectKind;
  /** Instances of this class are GC objects (Py_TPFLAGS_HAVE_GC); see typeConstants (slots.ts). */
  declare readonly gcClass: boolean;
  /** Its objects own the collector's field (`gcHandle`): GC objects, or may be (slots.ts). */
  declare readonly hasGcFields: boolean;
  /**
   * How its deallocation nests (heap.ts): 0 it holds nothing (numbers, strs), 1 through CPython's
   * trashcan (containers, instances), 2 as a chain (anything else holding references).
   */
  declare readonly deallocKind: 0 | 1 | 2;
  /** sys.getsizeof of objects of this class when it never changes, else 0 (sizes.ts). */
  declare readonly fixedSize: number;
  /** How the allocators see objects of this class (memoryBlocks.ts). */
  declare readonly memoryLayout: MemoryLayout;
  abstract readonly type: PyType;
  /**
   * The address Python sees (`id()`, reprs, the default hash): given out by the simulated
   * allocator (allocator.ts) when the object is registered, and reused after it is freed. Until
   * then, and for static objects, one the serial `address` gives, which is never reused.
   */
  get pyId(): number {
    return pyIdOf(this);
  }
  /**
   * The allocator's address (`pyId`) as addressCode.ts keeps it, a small integer V8 does not
   * box; 0 until the object is registered (memoryBlocks.ts writes it).
   */
  idCode = 0;
  /**
   * A block the object owns beside itself (a list's items, a dict's keys, a set's table, an
   * instance's values): its address (coded as `idCode`), the bytes it was asked for, and its kind
   * ('' while there is none). Fields of the object rather than an object of their own: one
   * allocation less per instance. Own fields of the layouts that have such a block only: any
   * other object reads the prototype's 0 and ''.
   */
  declare extraCode: number;
  declare extraBytes: number;
  declare extraTag: string;
  constructor(readonly address: number) {
    // The fields only some classes use are own fields of their objects alone: an int, a float or
    // a str is 32 bytes smaller (a class's constants are on its prototype before any is made).
    if (this.hasGcFields) this.gcHandle = 0;
    if (hasExtraBlock(this.memoryLayout)) {
      this.extraCode = 0;
      this.extraBytes = 0;
      this.extraTag = '';
    }
  }
  /** tp_traverse (slots.ts): the references it holds, in CPython's order; none by default. */
  traverse(_visit: Visit): void {}
  /** tp_clear (slots.ts): drops its references to break a cycle, staying alive; none by default. */
  clear(_heap: Heap): void {}
  /**
   * tp_dealloc's releases (slots.ts), in CPython's order, once it died: by default those of its
   * tp_clear (list_dealloc, dict_dealloc, set_dealloc, deque_dealloc, tb_dealloc... release what
   * their clear does); a class whose deallocator differs overrides this too.
   */
  dealloc(heap: Heap): void {
    this.clear(heap);
  }
  /** The references the UI's snapshot lists for it (slots.ts), in order; none by default. */
  viewRefs(_refs: ViewRefs): void {}
  /** len() as the view shows it (a container's), or null. */
  viewLength(_refs: ViewRefs): number | null {
    return null;
  }
  /** Its short repr for the view (display.ts): never runs Python code. */
  display(out: DisplayOut): void {
    out.text += `<${this.type.name} object>`;
  }
  /** sys.getsizeof (slots.ts, sizes.ts): its class's fixed size, else a bare object's 16. */
  sizeof(): number {
    return this.fixedSize || 16;
  }
  /** What the memory budget counts for it (sizes.ts): its getsizeof unless it owns more. */
  memoryFootprint(): number {
    return this.sizeof();
  }
  /** How the view names the place of a reference it holds: `.x` for an attribute (slots.ts). */
  slotLabel(slot: string | number | PyObject): string {
    return `.${slotText(slot)}`;
  }
}
// The defaults of the fields only some objects own (see PyObject's constructor).
Object.assign(PyObject.prototype, {
  gcHandle: 0,
  extraCode: 0,
  extraBytes: 0,
  extraTag: '',
});
typeConstants(PyObject, {
  gc: false,
  deallocKind: 2,
  fixedSize: 0,
  viewKind: 'other',
  memory: OBJECT_LAYOUT,
});

/**
 * Bumped by every change to any class's attributes: a class's lookup cache (`PyType.lookups`)
 * is good while it was filled at the current version (CPython's type version tags, made global:
 * a change to a base must reach its subclasses' caches, and changes are rare).
 */
let classAttrsVersion = 0;

export function currentClassAttrsVersion(): number {
  return classAttrsVersion;
}

/** A class's attribute table: a Map whose every change invalidates the lookup caches. */
class ClassAttrs extends Map<string, PyObject> {
  set(name: string, value: PyObject): this {
    classAttrsVersion++;
    return super.set(name, value);
  }
  delete(name: string): boolean {
    classAttrsVersion++;
    return super.delete(name);
  }
  clear(): void {
    classAttrsVersion++;
    super.clear();
  }
}

export class PyType extends PyObject {
  /**
   * The class's attributes by name. A class statement's class keeps them in its namespace dict
   * (tp_dict, `internals[0]`), which owns them; this map is a borrowed index of that dict's
   * entries other than the `__dict__`/`__weakref__` descriptors (classNamespace.ts keeps the two in
   * step). A built-in type without a namespace dict owns the values here.
   */
  readonly attrs: Map<string, PyObject> = new ClassAttrs();
  /** Attributes found through the bases (lookupTypeAttr), null for none, at `lookupsVersion`. */
  readonly lookups = new Map<string, PyObject | null>();
  lookupsVersion = -1;
  /** Instance attribute names in the order the class first saw them (CPython's shared keys). */
  readonly attrOrder: string[] = [];
  /** Where its instances' attribute names start (attrKeys.ts): none, shared by all of them. */
  readonly instanceKeys = AttrKeys.empty(this.attrOrder);
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
  /**
   * sys.getsizeof of its plain instances (slotLayout.ts's instanceSize), kept once asked for: read
   * when each instance is placed, sized and released. 0 until then; setLayout, which decides the
   * layout when the class is made (before any instance), sets it back to 0.
   */
  instanceBytes = 0;
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
    // A class statement's classes are GC objects; built-in types are static (isGcType).
    (this as { gcClass: boolean }).gcClass = isHeapType;
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
  /** tp_dict of a class statement's class (which owns its attributes), else null. */
  get namespace(): PyDict | null {
    const d = this.internals[0];
    return d instanceof PyDict && d.ownerClass === this ? d : null;
  }
  /** type_traverse: tp_dict (attributes, descriptors), tp_mro, tp_bases, tp_base. */
  traverse(visit: Visit): void {
    for (const v of this.internals) visit(v);
    if (!this.namespace) for (const v of this.attrs.values()) visit(v);
    if (this.base) visit(this.base);
  }
  /** type_clear: the namespace (attributes, descriptors, in its order), then the __mro__ tuple. */
  clear(heap: Heap): void {
    const namespace = this.namespace;
    if (namespace) {
      // PyDict_Clear empties the dict before releasing its entries: lookups find nothing.
      this.attrs.clear();
      namespace.clear(heap);
    } else {
      const attrs = [...this.attrs];
      this.attrs.clear();
      for (const [name, v] of attrs) heap.decref(v, this, name);
    }
    const mro = this.mroIndex >= 0 ? this.internals[this.mroIndex] : undefined;
    if (mro) {
      this.internals.splice(this.internals.indexOf(mro), 1);
      this.mroIndex = -1;
      heap.decref(mro, this, '__mro__');
    }
  }
  /** type_dealloc: what type_clear releases, then the rest of its internals, then its base. */
  dealloc(heap: Heap): void {
    this.clear(heap);
    for (const v of this.internals.splice(0)) heap.decref(v, this, '__internal__');
    if (this.base?.isHeapType) heap.decref(this.base, this, '__base__');
  }
  /** Its attributes, without the `__module__` every class has and a `__doc__` of None. */
  viewRefs(refs: ViewRefs): void {
    for (const [name, t] of this.attrs)
      if (!HIDDEN_CLASS_ENTRIES.has(name) || (name === '__doc__' && !(t instanceof PyNone)))
        refs.add(`.${name}`, t);
  }
  display(out: DisplayOut): void {
    out.text += `<class '${this.name}'>`;
  }
  sizeof(): number {
    return this.isHeapType ? 1688 : 424;
  }
}
typeConstants(PyType, { gc: 'some', viewKind: 'class' });

/** Entries every class statement's class has, left out of its card. */
const HIDDEN_CLASS_ENTRIES = new Set(['__module__', '__doc__']);

export class PyNone extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
  ) {
    super(address);
  }
  display(out: DisplayOut): void {
    out.text += 'None';
  }
}
typeConstants(PyNone, { deallocKind: 0, fixedSize: 16, viewKind: 'value' });

export class PyBool extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly value: boolean,
  ) {
    super(address);
  }
  display(out: DisplayOut): void {
    out.text += this.value ? 'True' : 'False';
  }
}
typeConstants(PyBool, { deallocKind: 0, fixedSize: 28, viewKind: 'value' });

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
  display(out: DisplayOut): void {
    out.text += intToString(this.value);
  }
  sizeof(): number {
    return intSize(this.value);
  }
}
typeConstants(PyInt, { deallocKind: 0, viewKind: 'value', memory: INT_LAYOUT });

export class PyFloat extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly value: number,
  ) {
    super(address);
  }
  display(out: DisplayOut): void {
    out.text += formatFloat(this.value);
  }
}
typeConstants(PyFloat, {
  deallocKind: 0,
  fixedSize: FLOAT_SIZE,
  viewKind: 'value',
  memory: FLOAT_LAYOUT,
});

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
  display(out: DisplayOut): void {
    out.text += strRepr(this.value);
  }
  sizeof(): number {
    const kind = this.kind;
    if (!kind) return strSize(this.value);
    return strSizeOf(kind, kind === 'ucs4' ? codePoints(this.value) : this.value.length);
  }
}
typeConstants(PyStr, { deallocKind: 0, viewKind: 'value' });

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
  /** list_traverse / tupletraverse: the items, last to first. */
  traverse(visit: Visit): void {
    const items = this.items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
  }
  /** list_clear: the items, last to first; a cleared (not dying) list keeps only its header. */
  clear(heap: Heap): void {
    const items = this.items;
    this.items = [];
    // A dying list gave its bytes back already.
    if (!this.freed) heap.listSetAllocated(this, 0);
    heap.bulk(items.length, () => {
      for (let i = items.length - 1; i >= 0; i--) heap.decref(items[i]!, this, i);
    });
  }
  viewRefs(refs: ViewRefs): void {
    viewItems(this.items, refs);
  }
  viewLength(): number {
    return this.items.length;
  }
  display(out: DisplayOut): void {
    displayItems(this, '[', ']', out);
  }
  sizeof(): number {
    return listSize(this.allocated);
  }
  /** `[3]`. */
  slotLabel(slot: string | number | PyObject): string {
    return `[${String(slot)}]`;
  }
}
typeConstants(PyList, { gc: true, deallocKind: 1, viewKind: 'list', memory: LIST_LAYOUT });

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
  /**
   * tupletraverse: the items, last to first; a named tuple (a tuple of a Python class) visits its
   * class first (subtype_traverse).
   */
  traverse(visit: Visit): void {
    if (this.type.isHeapType) visit(this.type);
    const items = this.items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
  }
  /**
   * tupledealloc: the items, last to first, then a named tuple's class (subtype_dealloc). (A
   * tuple has no tp_clear.)
   */
  dealloc(heap: Heap): void {
    const items = this.items;
    heap.bulk(items.length, () => {
      for (let i = items.length - 1; i >= 0; i--) heap.decref(items[i]!, this, i);
    });
    if (this.type.isHeapType) heap.decref(this.type, this, '__class__');
  }
  viewRefs(refs: ViewRefs): void {
    viewItems(this.items, refs);
  }
  viewLength(): number {
    return this.items.length;
  }
  display(out: DisplayOut): void {
    displayItems(this, '(', ')', out);
  }
  sizeof(): number {
    return tupleSize(this.items.length);
  }
  /** `[3]`. */
  slotLabel(slot: string | number | PyObject): string {
    return `[${String(slot)}]`;
  }
}
typeConstants(PyTuple, {
  gc: true,
  deallocKind: 1,
  viewKind: 'tuple',
  memory: TUPLE_LAYOUT,
});

/**
 * The holder a reference's site names: a class's namespace is hidden, its references are the
 * class's attributes (`.x`). The heap's sites (heap.ts) and the event log's rows (eventLog.ts).
 */
export function siteHolder<H extends { readonly address: number }>(holder: H): H | PyType {
  return holder instanceof PyDict && holder.ownerClass ? holder.ownerClass : holder;
}

/** One slot of a dict's insertion-ordered entry table; a deleted entry leaves a hole. */
export interface DictEntry {
  key: PyObject;
  value: PyObject;
}

export class PyDict extends PyObject {
  /**
   * Entries in insertion order; `undefined` marks a deleted entry (as CPython's dummy). An entry
   * object is its key's for as long as the dict holds it: a value set again is written into it,
   * and a key stored after it was deleted gets a new entry.
   */
  entries: (DictEntry | undefined)[] = [];
  /** Keys stored so far (Heap.dictInsert): a key absent while it is unchanged is still absent. */
  insertions = 0;
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
   * It holds tracked objects the heap does not model (a module's `__builtins__`, `__loader__`,
   * `__spec__`): the collector never untracks it for want of trackable entries.
   */
  holdsUnmodelled = false;
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
   * Set on a class's namespace (tp_dict, hidden from the view): its references are drawn and
   * labelled as the class's own attributes (`.x` of the class).
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
  /** The entries in the order its values are visited and released: shared-key order when split. */
  valueOrder(): (DictEntry | undefined)[] {
    const order = this.sharedKeys;
    if (!order) return this.entries;
    const rank = (e: DictEntry) => {
      const i = e.key instanceof PyStr ? order.indexOf(e.key.value) : -1;
      return i < 0 ? order.length : i;
    };
    return this.entries
      .filter((e): e is DictEntry => e !== undefined)
      .sort((a, b) => rank(a) - rank(b));
  }
  /** dict_traverse: each value, then its key unless every key is a str. */
  traverse(visit: Visit): void {
    const strKeysOnly = this.strKeysOnly;
    for (const e of this.valueOrder()) {
      if (!e) continue;
      visit(e.value);
      if (!strKeysOnly) visit(e.key);
    }
  }
  /** A dying dict drops its table without resizing (its bytes were given back already). */
  dropTable(): void {
    this.entries = [];
    this.index = new Map();
  }
  /** dict_tp_clear: back to the empty table, then entry by entry, the key then the value. */
  clear(heap: Heap): void {
    const entries = this.valueOrder();
    if (this.freed) this.dropTable();
    else heap.dictCleared(this);
    heap.bulk(entries.length, () => {
      for (const e of entries) {
        if (!e) continue;
        heap.decref(e.key, this, e.key);
        heap.decref(e.value, this, e.key);
      }
    });
  }
  /**
   * A namespace lists its str keys as bare names; any other entry is a key row and a value row.
   * (A subclass may list rows of its own first: they stay counted.)
   */
  viewRefs(refs: ViewRefs): void {
    const before = refs.total;
    const namespace = this.isNamespace;
    for (const e of this.entries) {
      if (!e) continue;
      if (refs.full) break;
      const k = () => refs.repr(e.key);
      if (!(e.key instanceof PyStr) || !namespace) refs.add(() => `key ${k()}`, e.key);
      refs.add(namespace && e.key instanceof PyStr ? e.key.value : () => `[${k()}]`, e.value);
    }
    refs.total = before + this.viewRows();
  }
  /** How many rows it lists in all, counted without making any. */
  private viewRows(): number {
    if (!this.isNamespace) return 2 * this.index.size;
    if (this.strKeysOnly) return this.index.size;
    let rows = 0;
    for (const e of this.entries) if (e) rows += e.key instanceof PyStr ? 1 : 2;
    return rows;
  }
  viewLength(): number {
    return this.index.size;
  }
  display(out: DisplayOut): void {
    if (out.seen.has(this)) {
      out.text += '{...}';
      return;
    }
    out.seen.add(this);
    out.text += '{';
    let first = true;
    for (const e of this.liveEntries()) {
      if (!first) out.text += ', ';
      first = false;
      out.write(e.key);
      out.text += ': ';
      out.write(e.value);
      if (out.text.length > out.budget) break;
    }
    out.text += '}';
    out.seen.delete(this);
  }
  sizeof(): number {
    return this.splitOf ? splitDictSize(this.splitOf) : dictSize(this.keysLog2, this.keysUnicode);
  }
  /** `['k']` for a key's entry; a namespace names its str keys bare (`x`), a class's `.x`. */
  slotLabel(slot: string | number | PyObject): string {
    const name =
      slot instanceof PyStr ? slot.value : slot instanceof PyObject ? null : String(slot);
    if (this.ownerClass && name !== null) return `.${name}`;
    if (this.isNamespace && name !== null) return name;
    return `[${slotText(slot)}]`;
  }
}
typeConstants(PyDict, { gc: true, deallocKind: 1, viewKind: 'dict', memory: DICT_LAYOUT });

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
  /** module_traverse: its dict. */
  traverse(visit: Visit): void {
    visit(this.dict);
  }
  dealloc(heap: Heap): void {
    heap.decref(this.dict, this, '__dict__');
  }
  viewRefs(refs: ViewRefs): void {
    refs.add('__dict__', this.dict);
  }
  display(out: DisplayOut): void {
    out.text += `<module '${this.name}'>`;
  }
}
typeConstants(PyModule, { gc: true, fixedSize: 72 });

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
    // A bound method holds its self: a GC object (meth_traverse); a plain function is not.
    (this as { gcClass: boolean }).gcClass = self !== null;
  }
  /** meth_traverse: the bound self. */
  traverse(visit: Visit): void {
    if (this.self) visit(this.self);
  }
  dealloc(heap: Heap): void {
    if (this.self) heap.decref(this.self, this, '__self__');
  }
  viewRefs(refs: ViewRefs): void {
    if (this.self) refs.add('__self__', this.self);
  }
  display(out: DisplayOut): void {
    out.text += `<built-in function ${this.name}>`;
  }
}
typeConstants(PyBuiltin, { gc: 'some', fixedSize: 72, viewKind: 'function' });

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
  /** func_traverse: globals, module, defaults, kwdefaults, doc, dict, closure, annotations. */
  traverse(visit: Visit): void {
    visit(this.globals);
    if (this.module) visit(this.module);
    if (this.defaults) visit(this.defaults);
    if (this.kwdefaults) visit(this.kwdefaults);
    if (this.doc) visit(this.doc);
    if (this.dict) visit(this.dict);
    if (this.closure) visit(this.closure);
    if (this.annotations) visit(this.annotations);
  }
  /**
   * func_clear: the module, the defaults, the kwdefaults, the doc, the dict, the closure, then the
   * annotations (the globals stay).
   */
  clear(heap: Heap): void {
    const { dict: d, defaults, kwdefaults, closure, module, doc, annotations } = this;
    this.dict = this.defaults = this.kwdefaults = this.closure = null;
    this.module = this.doc = this.annotations = null;
    if (module) heap.decref(module, this, '__module__');
    if (defaults) heap.decref(defaults, this, '__defaults__');
    if (kwdefaults) heap.decref(kwdefaults, this, '__kwdefaults__');
    if (doc) heap.decref(doc, this, '__doc__');
    if (d) heap.decref(d, this, '__dict__');
    if (closure) heap.decref(closure, this, '__closure__');
    if (annotations) heap.decref(annotations, this, '__annotations__');
  }
  /** func_dealloc: the globals, then func_clear's order, then the code. */
  dealloc(heap: Heap): void {
    heap.decref(this.globals, this, '__globals__');
    if (this.module) heap.decref(this.module, this, '__module__');
    if (this.defaults) heap.decref(this.defaults, this, '__defaults__');
    if (this.kwdefaults) heap.decref(this.kwdefaults, this, '__kwdefaults__');
    if (this.doc) heap.decref(this.doc, this, '__doc__');
    if (this.dict) heap.decref(this.dict, this, '__dict__');
    if (this.closure) heap.decref(this.closure, this, '__closure__');
    if (this.annotations) heap.decref(this.annotations, this, '__annotations__');
    // func_dealloc releases func_code after what func_clear releases.
    heap.codeReleased?.(this.code);
  }
  viewRefs(refs: ViewRefs): void {
    if (this.defaults) refs.add('__defaults__', this.defaults);
    if (this.kwdefaults) refs.add('__kwdefaults__', this.kwdefaults);
    if (this.dict) refs.add('__dict__', this.dict);
    if (this.closure) refs.add('__closure__', this.closure);
    if (this.annotations) refs.add('__annotations__', this.annotations);
  }
  display(out: DisplayOut): void {
    out.text += `<function ${this.qualname}>`;
  }
}
typeConstants(PyFunction, { gc: true, fixedSize: 152, viewKind: 'function' });

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
  traverse(visit: Visit): void {
    if (this.contents) visit(this.contents);
  }
  clear(heap: Heap): void {
    const contents = this.contents;
    this.contents = null;
    if (contents) heap.decref(contents, this, 'cell_contents');
  }
  dealloc(heap: Heap): void {
    if (this.contents) heap.decref(this.contents, this, 'cell_contents');
  }
  viewRefs(refs: ViewRefs): void {
    if (this.contents) refs.add('cell_contents', this.contents);
  }
}
typeConstants(PyCell, { gc: true, fixedSize: 40 });

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
  traverse(visit: Visit): void {
    visit(this.func);
    visit(this.self);
  }
  dealloc(heap: Heap): void {
    heap.decref(this.func, this, '__func__');
    heap.decref(this.self, this, '__self__');
  }
  viewRefs(refs: ViewRefs): void {
    refs.add('__func__', this.func);
    refs.add('__self__', this.self);
  }
}
typeConstants(PyMethod, { gc: true, fixedSize: 64, viewKind: 'method' });

/** The values of every instance that has no attribute yet (frozen: never written). */
const NO_VALUES: PyObject[] = Object.freeze([]) as unknown as PyObject[];
/** Up to this many values, an instance's array is copied to take one more (exactly its size). */
const COPIED_VALUES = 8;

/**
 * The fields of an instance that few instances set (see PyInstance): an exception's, the values
 * of `__slots__` members, a user `__hash__`'s last result, with what an instance reads while it
 * has none of them. Apart from the instance, made at the first one set (PyInstance's accessors),
 * so that every other instance is 56 bytes smaller.
 */
const RARE_INSTANCE_FIELDS = {
  args: null as PyTuple | null,
  traceback: null as PyObject | null,
  cause: null as PyObject | null,
  context: null as PyObject | null,
  suppressContext: false,
  slots: null as Map<string, PyObject> | null,
  userHash: null as bigint | null,
};
type RareInstanceFields = typeof RARE_INSTANCE_FIELDS;

/** An instance of a class defined in Python (exceptions included). */
export class PyInstance extends PyObject {
  /**
   * The names of its attributes, in the order it set them (attrKeys.ts): the keys its class's
   * instances share when they set the same names in the same order.
   */
  attrKeys: AttrKeys;
  /**
   * The attribute values, owned, in the order of `attrKeys`. An entry is undefined only while the
   * instance is being cleared (`clearSlotsAndDict`), as CPython's values array holds NULL there.
   */
  attrValues: (PyObject | undefined)[] = NO_VALUES;
  /** The `__dict__` object once something asked for it (CPython materialises it lazily). */
  dict: PyDict | null = null;
  /** PEP 442: `__del__` already ran for this object. */
  finalized = false;
  /** How many shared-key slots this instance's inline values can hold (set at creation). */
  inlineCapacity = 0;
  /**
   * The fields few instances set (RARE_INSTANCE_FIELDS), once one is. They are read and written
   * through the accessors below, defined after the class; the collector reads it directly.
   */
  rare: RareInstanceFields | null = null;
  /** `args` of an exception instance, owned. */
  declare args: PyTuple | null;
  /** `__traceback__` of an exception instance (a traceback object), owned; null is None. */
  declare traceback: PyObject | null;
  /** `__cause__` and `__context__` of an exception instance (exceptions), owned; null is None. */
  declare cause: PyObject | null;
  declare context: PyObject | null;
  /** `__suppress_context__`: set by `raise ... from` (a cause hides the context when printed). */
  declare suppressContext: boolean;
  /** Values of the `__slots__` members that are set (owned), created at the first one. */
  declare slots: Map<string, PyObject> | null;
  /**
   * What its class's own `__hash__` returned when it was last hashed (as a set member's slot
   * keeps the hash it was stored with), or null: hashed by address.
   */
  declare userHash: bigint | null;
  constructor(
    address: number,
    readonly type: PyType,
  ) {
    super(address);
    this.attrKeys = type.instanceKeys;
  }
  /** Its attribute `name`, borrowed, or undefined. */
  getAttribute(name: string): PyObject | undefined {
    const i = this.attrKeys.indexOf(name);
    return i < 0 ? undefined : this.attrValues[i];
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== undefined;
  }
  /**
   * Stores an attribute value (the caller counts the reference). A new name goes last in the
   * insertion order, as does one set again after it was cleared.
   */
  setAttribute(name: string, v: PyObject): void {
    const i = this.attrKeys.indexOf(name);
    if (i >= 0 && this.attrValues[i] !== undefined) {
      this.attrValues[i] = v;
      return;
    }
    if (i >= 0) this.removeAt(i);
    this.attrKeys = this.attrKeys.adding(name, this.type.attrOrder);
    const values = this.attrValues;
    if (values.length >= COPIED_VALUES) {
      values.push(v);
      return;
    }
    const grown = new Array<PyObject | undefined>(values.length + 1);
    for (let j = 0; j < values.length; j++) grown[j] = values[j];
    grown[values.length] = v;
    this.attrValues = grown;
  }
  /** Takes attribute `name` out (the caller owns the reference returned), or undefined. */
  deleteAttribute(name: string): PyObject | undefined {
    const i = this.attrKeys.indexOf(name);
    const v = i < 0 ? undefined : this.attrValues[i];
    if (v !== undefined) this.removeAt(i);
    return v;
  }
  /** Its attributes in insertion order (the values borrowed). */
  attributes(): [string, PyObject][] {
    const out: [string, PyObject][] = [];
    const values = this.attrValues;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== undefined) out.push([this.attrKeys.nameAt(i), v]);
    }
    return out;
  }
  /** Forgets every attribute (the caller took their references over). */
  dropAttributes(): void {
    this.attrKeys = this.type.instanceKeys;
    this.attrValues = NO_VALUES;
  }
  private removeAt(i: number): void {
    this.attrKeys = this.attrKeys.removing(i, this.type.attrOrder);
    const values = this.attrValues.slice();
    values.splice(i, 1);
    this.attrValues = values;
  }
  /**
   * subtype_traverse: the slots (the class's own first, then each base's), then the dict (or the
   * inline values in shared-key order), the exception's args, traceback, cause and context
   * (BaseException_traverse), then the class.
   */
  traverse(visit: Visit): void {
    const rare = this.rare;
    if (rare !== null && rare.slots) for (const [, v] of slotValuesInOrder(this)) visit(v);
    if (this.dict) visit(this.dict);
    else if (this.attrKeys.inClassOrder) {
      const values = this.attrValues;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v !== undefined) visit(v);
      }
    } else
      for (const name of this.type.attrOrder) {
        const v = this.getAttribute(name);
        if (v) visit(v);
      }
    if (rare !== null) {
      if (rare.args) visit(rare.args);
      if (rare.traceback) visit(rare.traceback);
      if (rare.cause) visit(rare.cause);
      if (rare.context) visit(rare.context);
    }
    if (this.type.isHeapType) visit(this.type);
  }
  /**
   * subtype_clear (and subtype_dealloc): the slot values (the class's own slots first, each
   * class's in sorted order: clear_slots up the bases), then the attribute values in shared-key
   * order, or the materialised __dict__.
   */
  private clearSlotsAndDict(heap: Heap): void {
    const slots = this.slots;
    if (slots) {
      for (const [name, v] of slotValuesInOrder(this)) {
        slots.delete(name);
        heap.decref(v, this, name);
      }
    }
    if (this.dict) {
      const d = this.dict;
      this.dict = null;
      heap.decref(d, this, '__dict__');
      return;
    }
    // One at a time, in the order of the class's shared keys: each slot empty before its value
    // is released, as _PyObject_ClearInstanceAttributes does (a release can run Python code).
    if (this.attrValues.length === 0) return;
    if (this.attrKeys.inClassOrder) {
      // The array is read again at each step: a release that set an attribute replaced it.
      for (let i = 0; i < this.attrValues.length; i++) {
        const v = this.attrValues[i];
        if (v === undefined) continue;
        this.attrValues[i] = undefined;
        heap.decref(v, this, this.attrKeys.nameAt(i));
      }
    } else
      for (const name of this.type.attrOrder) {
        const i = this.attrKeys.indexOf(name);
        const v = i < 0 ? undefined : this.attrValues[i];
        if (v === undefined) continue;
        this.attrValues[i] = undefined;
        heap.decref(v, this, name);
      }
    if (this.attrValues.every((v) => v === undefined)) this.dropAttributes();
  }
  /** subtype_clear, then BaseException_clear's args, __traceback__, __cause__ and __context__. */
  clear(heap: Heap): void {
    this.clearSlotsAndDict(heap);
    if (this.args) {
      const args = this.args;
      this.args = null;
      heap.decref(args, this, 'args');
    }
    if (this.traceback) {
      const tb = this.traceback;
      this.traceback = null;
      heap.decref(tb, this, '__traceback__');
    }
    this.clearChain(heap);
  }
  /**
   * subtype_dealloc after __del__: the slots and attributes (or the materialised __dict__), an
   * exception's args, __traceback__, __cause__ and __context__ (BaseException_clear), then the
   * class.
   */
  dealloc(heap: Heap): void {
    this.clearSlotsAndDict(heap);
    if (this.rare !== null) {
      if (this.args) heap.decref(this.args, this, 'args');
      if (this.traceback) heap.decref(this.traceback, this, '__traceback__');
      this.clearChain(heap);
    }
    if (this.type.isHeapType) heap.decref(this.type, this, '__class__');
  }
  /** An exception's `__cause__`, then its `__context__` (BaseException_clear's order). */
  private clearChain(heap: Heap): void {
    const { cause, context } = this;
    this.cause = this.context = null;
    if (cause) heap.decref(cause, this, '__cause__');
    if (context) heap.decref(context, this, '__context__');
  }
  /** Slot values are references of the instance itself, drawn like its attributes. */
  viewRefs(refs: ViewRefs): void {
    for (const [name, v] of slotValuesInOrder(this)) refs.add(`.${name}`, v);
    if (this.dict) refs.add('__dict__', this.dict);
    else for (const [name, t] of this.attributes()) refs.add(`.${name}`, t);
    if (this.args) refs.add('.args', this.args);
    if (this.traceback) refs.add('__traceback__', this.traceback);
    if (this.cause) refs.add('__cause__', this.cause);
    if (this.context) refs.add('__context__', this.context);
  }
  /** An exception shows its args; any other instance the default. */
  display(out: DisplayOut): void {
    if (!this.args) {
      super.display(out);
      return;
    }
    out.text += `${this.type.name}(`;
    this.args.items.forEach((a, i) => {
      if (i > 0) out.text += ', ';
      out.write(a);
    });
    out.text += ')';
  }
  sizeof(): number {
    if (this.args) return 88;
    if (this.type.isHeapType) return instanceSize(this.type);
    // object(): a bare PyObject, 16 bytes, no GC header.
    return this.type.name === 'object' && this.type.base === null ? 16 : INSTANCE_SIZE;
  }
  /** Its getsizeof, plus the inline values array 3.11 allocates beside it (8 bytes a slot). */
  memoryFootprint(): number {
    return this.dict ? this.sizeof() : this.sizeof() + 8 * this.inlineCapacity;
  }
}
for (const name of Object.keys(RARE_INSTANCE_FIELDS) as (keyof RareInstanceFields)[]) {
  const none = RARE_INSTANCE_FIELDS[name];
  Object.defineProperty(PyInstance.prototype, name, {
    get(this: PyInstance) {
      return this.rare === null ? none : this.rare[name];
    },
    set(this: PyInstance, v: never) {
      if (v === none && this.rare === null) return;
      (this.rare ??= { ...RARE_INSTANCE_FIELDS })[name] = v;
    },
  });
}
typeConstants(PyInstance, {
  gc: true,
  deallocKind: 1,
  fixedSize: INSTANCE_SIZE,
  viewKind: 'instance',
  memory: INSTANCE_LAYOUT,
});

/** A set: members in insertion order keyed by `hashKey` (owned references). */
export class PySet extends PyObject {
  /** Membership by `hashKey` (owned references). */
  readonly members = new Map<string, PyObject>();
  /** The members' places in CPython's hash table: their iteration order. */
  readonly table = new SetTable<PyObject>();
  /** A frozenset's hash and dict key, set once it is built (frozenset.ts); a set's null. */
  frozen: { readonly hash: bigint; readonly key: string } | null = null;
  /** so->finger: where set.pop() starts looking (setMethods.ts). */
  finger = 0;
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
  /** set_traverse: the members in table order. */
  traverse(visit: Visit): void {
    for (const m of this.ordered()) visit(m);
  }
  /** set_clear_internal: the members in table order. */
  clear(heap: Heap): void {
    heap.setClear(this);
  }
  viewRefs(refs: ViewRefs): void {
    for (const m of this.table.keys(refs.limit)) refs.add('member', m);
    refs.total = this.members.size;
  }
  viewLength(): number {
    return this.members.size;
  }
  /** `{1, 2, 3}`, `set()`, `frozenset({1})`: its members in iteration order, as repr shows them. */
  display(out: DisplayOut): void {
    const frozen = this.type.name === 'frozenset';
    if (this.members.size === 0) {
      out.text += `${this.type.name}()`;
      return;
    }
    out.text += frozen ? 'frozenset({' : '{';
    let first = true;
    // Only the members that can fit (each takes at least three characters with its comma): a
    // set of a million members is not listed whole to draw its card.
    for (const m of this.table.keys(Math.ceil(out.budget / 3) + 1)) {
      if (!first) out.text += ', ';
      first = false;
      out.write(m);
      if (out.text.length > out.budget) break;
    }
    out.text += frozen ? '})' : '}';
  }
  sizeof(): number {
    return setSize(this.table.capacity);
  }
}
typeConstants(PySet, { gc: true, viewKind: 'set', memory: SET_LAYOUT });

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
typeConstants(PyRange, { deallocKind: 0, fixedSize: 48 });

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
  traverse(visit: Visit): void {
    visit(this.dict);
  }
  dealloc(heap: Heap): void {
    heap.decref(this.dict, this, 'mapping');
  }
}
typeConstants(PyDictView, { gc: true, fixedSize: 40 });

/** `C.__dict__`: a read-only view of a class's namespace, holding the dict itself (owned). */
export class PyMappingProxy extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    readonly mapping: PyDict,
  ) {
    super(address);
  }
  traverse(visit: Visit): void {
    visit(this.mapping);
  }
  dealloc(heap: Heap): void {
    heap.decref(this.mapping, this, 'mapping');
  }
  display(out: DisplayOut): void {
    out.text += 'mappingproxy(';
    out.write(this.mapping);
    out.text += ')';
  }
}
typeConstants(PyMappingProxy, { gc: true, fixedSize: 40 });

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
  /** dict iterators: how many more keys it may give (di_len): one more means keys changed. */
  remaining = 0;
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
  traverse(visit: Visit): void {
    if (this.seq) visit(this.seq);
    if (this.result) visit(this.result);
  }
  /** A generator stand-in closes first; then the sequence and the cached result go. */
  dealloc(heap: Heap): void {
    heap.closeGenerator(this);
    if (this.seq) heap.decref(this.seq, this, 'seq');
    this.seq = null;
    if (this.result) heap.decref(this.result, this, 'result');
  }
  sizeof(): number {
    return iteratorSize(this.type.name);
  }
}
typeConstants(PyIterator, { gc: true });

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
  traverse(visit: Visit): void {
    visit(this.start);
    visit(this.stop);
    visit(this.step);
  }
  dealloc(heap: Heap): void {
    heap.decref(this.start, this, 'start');
    heap.decref(this.stop, this, 'stop');
    heap.decref(this.step, this, 'step');
  }
}
typeConstants(PySlice, { gc: true, fixedSize: 56 });

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
   * The number hash(wr) gave, remembered as weakref_hash remembers it: a dead weakref keeps it
   * (hash() still answers it, and a set finds its member's slot by it).
   */
  tableHash: bigint | null = null;
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
  /** gc_traverse of a weakref: its callback (and a keyed ref's key); never the referent. */
  traverse(visit: Visit): void {
    if (this.callback) visit(this.callback);
    if (this.key) visit(this.key);
  }
  /** gc_clear: no longer points at anything, then the callback goes. */
  clear(heap: Heap): void {
    clearRef(this);
    const callback = this.callback;
    this.callback = null;
    if (callback) heap.decref(callback, this, '__callback__');
  }
  /** weakref_dealloc: cleared, then the callback and a keyed ref's key. */
  dealloc(heap: Heap): void {
    clearRef(this);
    if (this.callback) heap.decref(this.callback, this, '__callback__');
    this.callback = null;
    if (this.key) heap.decref(this.key, this, 'key');
    this.key = null;
  }
  viewRefs(refs: ViewRefs): void {
    if (this.referent) refs.add('weakly', this.referent, true);
    if (this.callback) refs.add('__callback__', this.callback);
  }
}
typeConstants(PyWeakref, { gc: true, fixedSize: 80, viewKind: 'weakref' });

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
  traverse(visit: Visit): void {
    if (this.data) visit(this.data);
    if (this.remover) visit(this.remover);
  }
  clear(heap: Heap): void {
    const { data, remover } = this;
    this.data = null;
    this.remover = null;
    if (data) heap.decref(data, this, 'data');
    if (remover) heap.decref(remover, this, '_remove');
  }
  /**
   * Its rows, as a person thinks of them: `['k']` weakly to the value (WeakValueDictionary), the
   * key weakly and its value strongly (WeakKeyDictionary), members weakly (WeakSet). Its internal
   * dict and weakrefs are real objects but not drawn.
   */
  viewRefs(refs: ViewRefs): void {
    const data = this.data;
    if (data instanceof PySet) {
      for (const wr of data.ordered()) {
        const t = (wr as PyWeakref).referent;
        if (t) refs.add('member', t, true);
      }
    } else if (data instanceof PyDict) {
      for (const e of data.liveEntries()) {
        if (this.kind === 'WeakValueDictionary') {
          const t = (e.value as PyWeakref).referent;
          if (t) refs.add(() => `[${refs.repr(e.key)}]`, t, true);
        } else {
          const k = (e.key as PyWeakref).referent;
          if (!k) continue;
          refs.add(() => `key ${refs.repr(k)}`, k, true);
          refs.add(() => `[${refs.repr(k)}]`, e.value);
        }
      }
    }
  }
  /** Rows of a WeakKeyDictionary come in pairs (the key weakly, its value strongly). */
  viewLength(refs: ViewRefs): number {
    return this.kind === 'WeakKeyDictionary' ? refs.total / 2 : refs.total;
  }
}
typeConstants(PyWeakContainer, { gc: true, fixedSize: INSTANCE_SIZE, viewKind: 'weakcontainer' });

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
  traverse(visit: Visit): void {
    if (this.ref) visit(this.ref);
    if (this.func) visit(this.func);
    if (this.args) visit(this.args);
    if (this.kwargs) visit(this.kwargs);
  }
  clear(heap: Heap): void {
    const { ref, func, args, kwargs } = this;
    this.ref = this.func = this.args = this.kwargs = null;
    if (ref) heap.decref(ref, this, 'weakref');
    if (func) heap.decref(func, this, 'func');
    if (args) heap.decref(args, this, 'args');
    if (kwargs) heap.decref(kwargs, this, 'kwargs');
  }
  viewRefs(refs: ViewRefs): void {
    const target = this.ref?.referent;
    if (target) refs.add('weakly', target, true);
    if (this.func) refs.add('.func', this.func);
  }
}
typeConstants(PyFinalize, { gc: true, fixedSize: INSTANCE_SIZE, viewKind: 'finalize' });

/**
 * A descriptor a class makes for its instances' storage: it lives in the class's namespace and
 * owns a reference to the class (d_type, `__objclass__`), as every descriptor does.
 */
export abstract class PyClassDescriptor extends PyObject {
  /** The word of its repr: `<member 'x' of 'Point' objects>`. */
  protected abstract readonly kind: 'member' | 'attribute';
  constructor(
    address: number,
    readonly type: PyType,
    /** Owned; null once the descriptor was released. */
    public owner: PyType | null,
    readonly name: string,
  ) {
    super(address);
  }
  traverse(visit: Visit): void {
    if (this.owner) visit(this.owner);
  }
  dealloc(heap: Heap): void {
    const owner = this.owner;
    this.owner = null;
    if (owner) heap.decref(owner, this, '__objclass__');
  }
  viewRefs(refs: ViewRefs): void {
    if (this.owner) refs.add('__objclass__', this.owner);
  }
  /** Its repr, which is also what the view shows. */
  text(): string {
    return `<${this.kind} '${this.name}' of '${this.owner?.name ?? '?'}' objects>`;
  }
  display(out: DisplayOut): void {
    out.text += this.text();
  }
}
typeConstants(PyClassDescriptor, { gc: true, fixedSize: 64 });

/** A slot's member descriptor (`Point.x`, `<member 'x' of 'Point' objects>`). */
export class PyMemberDescriptor extends PyClassDescriptor {
  protected readonly kind = 'member';
}

/**
 * The getset descriptor a class adds for its instances' `__dict__` or `__weakref__`. Attribute
 * lookup answers these names itself; the descriptor is what the class's `__dict__` shows and
 * what holds the class.
 */
export class PyGetSetDescriptor extends PyClassDescriptor {
  protected readonly kind = 'attribute';
}

/** A slot named by an object (a dict key) shows its short repr. */
export function slotText(slot: string | number | PyObject): string {
  return slot instanceof PyObject ? displayRepr(slot) : String(slot);
}

/** A C struct's fields for the view, by CPython's field names (NULL ones left out). */
export function viewFields(
  names: readonly string[],
  fields: readonly (PyObject | null)[],
  refs: ViewRefs,
): void {
  fields.forEach((f, i) => {
    if (f) refs.add(names[i]!, f);
  });
}

/** A sequence's references for the view: `[i]` for the first ones, all of them counted. */
export function viewItems(items: readonly PyObject[], refs: ViewRefs): void {
  const n = Math.min(items.length, refs.limit);
  for (let i = 0; i < n; i++) refs.add(`[${i}]`, items[i]!);
  refs.total = items.length;
}

/** A list's or tuple's short repr: its items while they fit, `[...]` when it recurses. */
function displayItems(o: PyList | PyTuple, open: string, close: string, out: DisplayOut): void {
  if (out.seen.has(o)) {
    out.text += open + '...' + close;
    return;
  }
  out.seen.add(o);
  out.text += open;
  let first = true;
  for (const item of o.items) {
    if (!first) out.text += ', ';
    first = false;
    out.write(item);
    if (out.text.length > out.budget) break;
  }
  if (o instanceof PyTuple && o.items.length === 1) out.text += ',';
  out.text += close;
  out.seen.delete(o);
}
