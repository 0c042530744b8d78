/**
 * The `typing` module's names a program's annotations use, accepted at run time as CPython 3.11
 * accepts them: `Any`, the generic aliases (`List`, `Dict`, ...), `Optional`, `Union`,
 * `ClassVar`, `Final`, `cast`, `TYPE_CHECKING`. A subscription (`List[Node]`) is cached as
 * typing's `_tp_cache` (an lru_cache) caches it: the same arguments give the same alias object,
 * and the cache keeps what it was given alive for good (the key's reference and the alias's
 * `__args__` tuple each count, so `sys.getrefcount(Node)` grows as in CPython; `Optional[X]`
 * caches X and goes through `Union[X, NoneType]`). The aliases' own attributes, calling them,
 * `isinstance` with them, forward references in strings, `TypeVar`, `Generic`, `Callable[...]`
 * and the rest of typing are refused by name. (CPython's cache forgets an alias after 128 newer
 * ones of the same form; Heapscope's never does.)
 */
import {
  PyNativeObject,
  PyNone,
  PyStr,
  PyTuple,
  PyType,
  type NativeLayout,
  type PyObject,
} from '../../engine';
import type { Interpreter } from '../interpreter';
import { NotSupported } from '../errors';
import { registerTypeMethods } from '../methods';
import { nativeBehaviours } from '../nativeTypes';
import { staticType } from './weakrefObjects';
import { moduleFunction } from './moduleObject';
import type { FirstImportModule } from './firstImport';
import { programLine } from './programLine';
import { membersBeyond } from '../cpythonModuleMembers';

/** A typing object: a special form, a generic alias or a subscripted alias; never freed. */
const TYPING_OBJECT: NativeLayout = { fields: ['__args__'], gc: true, size: 48 };

interface TypingState {
  /** `List`, `Optional`, ...; for a subscripted alias, the form it came from. */
  readonly form: string;
  /** A subscripted alias's arguments (borrowed from its __args__ tuple); null for a form. */
  readonly args: readonly PyObject[] | null;
  /** A ForwardRef's string. */
  readonly name?: string;
}

/** Forms subscripted into a `_GenericAlias`, with how many arguments each takes (-1: any). */
const GENERIC_FORMS: Readonly<Record<string, number>> = {
  List: 1,
  Dict: 2,
  Set: 1,
  FrozenSet: 1,
  Tuple: -1,
  Type: 1,
  Iterable: 1,
  Iterator: 1,
  Sequence: 1,
  Mapping: 2,
  MutableMapping: 2,
  ClassVar: 1,
  Final: 1,
};

export const TYPING: FirstImportModule = {
  install(interp, m) {
    for (const [k, v] of Object.entries(typingMembers(interp))) interp.setName(m.dict, k, v);
  },
  // What typingMembers binds (and the module's __name__); the rest of typing is refused.
  refused: membersBeyond('typing', [
    'Any',
    'Optional',
    'Union',
    'Callable',
    ...Object.keys(GENERIC_FORMS),
    'TYPE_CHECKING',
    'cast',
    '__name__',
  ]),
};

function typingMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const types = {
    any: staticType(interp, '_AnyMeta', null, 'typing'),
    special: staticType(interp, '_SpecialForm', null, 'typing'),
    specialAlias: staticType(interp, '_SpecialGenericAlias', null, 'typing'),
    tupleType: staticType(interp, '_TupleType', null, 'typing'),
    callableType: staticType(interp, '_CallableType', null, 'typing'),
    alias: staticType(interp, '_GenericAlias', null, 'typing'),
    union: staticType(interp, '_UnionGenericAlias', null, 'typing'),
    forwardRef: staticType(interp, 'ForwardRef', null, 'typing'),
  };
  /**
   * _tp_cache: (form, arguments) to the alias made for them, and the keys it keeps alive. Kept
   * among the interpreter's module state, where checkpoints see it.
   */
  const cache = new Map<string, PyObject>();
  interp.moduleState.set('typing._tp_cache', cache);
  const make = (type: PyType, state: TypingState, args: PyObject[] | null): PyNativeObject => {
    const o = h.track(new PyNativeObject(h.allocAddress(0x30), type, TYPING_OBJECT));
    o.interned = true;
    o.state = state;
    if (args) {
      for (const a of args) h.incref(a);
      o.fields[0] = h.newTuple(args.slice());
    }
    return o;
  };
  const forms: Record<string, PyNativeObject> = {
    Any: make(types.any, { form: 'Any', args: null }, null),
    Optional: make(types.special, { form: 'Optional', args: null }, null),
    Union: make(types.special, { form: 'Union', args: null }, null),
    Callable: make(types.callableType, { form: 'Callable', args: null }, null),
  };
  for (const name of Object.keys(GENERIC_FORMS)) {
    const t =
      name === 'Tuple'
        ? types.tupleType
        : name === 'ClassVar' || name === 'Final'
          ? types.special
          : types.specialAlias;
    forms[name] = make(t, { form: name, args: null }, null);
  }
  const refuse = (what: string): never => {
    throw new NotSupported(what, programLine(interp));
  };
  /** _type_check / _type_convert: None is NoneType; classes and typing objects pass. */
  const convert = (form: string, p: PyObject): PyObject => {
    if (p instanceof PyNone) return p.type;
    if (p instanceof PyType) return p;
    if (p instanceof PyNativeObject && (p.state as TypingState | null)?.form) return p;
    // A string is a forward reference: a ForwardRef the alias keeps (never evaluated here).
    if (p instanceof PyStr)
      return make(types.forwardRef, { form: 'ForwardRef', args: null, name: p.value }, null);
    return refuse(`typing.${form}[...] of a '${p.type.name}' object`);
  };
  const keyOf = (form: string, params: PyObject): string => {
    const items = params instanceof PyTuple ? params.items : [params];
    // lru_cache compares keys by equality: equal strings are one key, classes are themselves.
    const part = (x: PyObject) => (x instanceof PyStr ? JSON.stringify(x.value) : x.address);
    return `${form}${params instanceof PyTuple ? '(' : ':'}${items.map(part).join(',')}`;
  };
  /** The cached value for `form[params]`, made by `build` the first time. */
  const cached = (form: string, params: PyObject, build: () => PyObject): PyObject => {
    const key = keyOf(form, params);
    let v = cache.get(key);
    if (!v) {
      v = build();
      // The cache keeps its key (the parameters as given) and its result.
      h.incref(params);
      cache.set(key, v);
    }
    h.incref(v);
    return v;
  };
  const union = (params: PyObject): PyObject =>
    cached('Union', params, () => {
      const given = params instanceof PyTuple ? params.items : [params];
      if (given.length === 0) refuse('typing.Union[()]');
      // _remove_dups_flatten: nested unions are flattened, repeats dropped.
      const args: PyObject[] = [];
      for (const p of given) {
        const c = convert('Union', p);
        const inner = c instanceof PyNativeObject ? (c.state as TypingState) : null;
        const parts = inner?.form === 'Union' && inner.args ? inner.args : [c];
        for (const x of parts) if (!args.includes(x)) args.push(x);
      }
      if (args.length === 1) {
        h.incref(args[0]!);
        return args[0]!;
      }
      return make(types.union, { form: 'Union', args }, args);
    });
  const subscript = (form: PyNativeObject, params: PyObject): PyObject => {
    const name = (form.state as TypingState).form;
    if ((form.state as TypingState).args) return refuse(`subscripting typing.${name}[...] again`);
    if (name === 'Union') return union(params);
    if (name === 'Optional')
      return cached('Optional', params, () => {
        const arg = convert('Optional', params);
        const pair = h.newTuple([arg, h.None.type].map((x) => (h.incref(x), x)));
        try {
          return union(pair);
        } finally {
          h.decref(pair);
        }
      });
    if (name === 'Callable') return refuse('typing.Callable[...]');
    const arity = GENERIC_FORMS[name];
    if (arity === undefined) return refuse(`typing.${name}[...]`);
    return cached(name, params, () => {
      const given = params instanceof PyTuple ? params.items : [params];
      if (arity >= 0 && given.length !== arity)
        refuse(`typing.${name}[...] with ${given.length} arguments`);
      if (name === 'Tuple' && given.length === 0) refuse('typing.Tuple[()]');
      const args = given.map((p) => convert(name, p));
      return make(types.alias, { form: name, args }, args);
    });
  };
  /** _GenericAlias.__eq__ (origin and arguments), unions as sets, ForwardRef by its string. */
  const sameTyping = (a: PyObject, b: PyObject): boolean => {
    if (a === b) return true;
    if (!(a instanceof PyNativeObject) || !(b instanceof PyNativeObject)) return false;
    const x = a.state as TypingState | null;
    const y = b.state as TypingState | null;
    if (!x || !y || x.form !== y.form) return false;
    if (x.form === 'ForwardRef') return x.name === y.name;
    if (!x.args || !y.args) return false;
    if (x.form === 'Union')
      return (
        x.args.every((p) => y.args!.some((q) => sameTyping(p, q))) &&
        y.args.every((q) => x.args!.some((p) => sameTyping(p, q)))
      );
    return x.args.length === y.args.length && x.args.every((p, i) => sameTyping(p, y.args![i]!));
  };
  const typeRepr = (o: PyObject): string => {
    if (o instanceof PyType) {
      if (o === h.None.type) return 'NoneType';
      if (o.moduleName) return `${o.moduleName}.${o.name}`;
      return o.isHeapType ? `__main__.${o.qualname ?? o.name}` : o.name;
    }
    return interp.reprOf(o);
  };
  const reprOf = (o: PyNativeObject): string => {
    const { form, args, name } = o.state as TypingState;
    if (form === 'ForwardRef') return `ForwardRef(${interp.reprOf(interp.key(name!))})`;
    if (!args) return `typing.${form}`;
    if (form === 'Union' && args.length === 2 && args.includes(h.None.type)) {
      const other = args.find((a) => a !== h.None.type)!;
      return `typing.Optional[${typeRepr(other)}]`;
    }
    return `typing.${form}[${args.map(typeRepr).join(', ')}]`;
  };
  for (const t of Object.values(types)) {
    registerTypeMethods(interp, t, {
      __getitem__(interp, args) {
        return subscript(args[0] as PyNativeObject, args[1]!);
      },
      __repr__(interp, args) {
        return h.newStr(reprOf(args[0] as PyNativeObject));
      },
    });
    nativeBehaviours.set(t, {
      getAttr(interp, o, name) {
        return refuse(`the attribute '${name}' of ${reprOf(o)}`);
      },
      setAttr(interp, o) {
        refuse(`setting an attribute of ${reprOf(o)}`);
      },
      call(interp, o) {
        return refuse(`calling ${reprOf(o)}`);
      },
      equals: (interp, a, b) => sameTyping(a, b),
    });
  }
  return {
    ...forms,
    TYPE_CHECKING: h.bool(false),
    cast: moduleFunction(interp, {
      name: 'cast',
      qualname: 'cast',
      params: ['typ', 'val'],
      call: (_interp, args) => {
        h.incref(args[1]!);
        return args[1]!;
      },
    }),
  };
}
