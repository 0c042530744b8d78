/**
 * Statement generators. Each writes one module-level statement (one or more lines) that is valid
 * for the heap the model describes, and applies its effect to the model; it returns null when the
 * heap offers nothing it can work on. The caller rejects statements that would leak a cycle.
 */
import {
  ATTRS,
  PROTECTED_ATTRS,
  findEntry,
  isContainer,
  isDict,
  isInst,
  isList,
  isPeekable,
  isSeq,
  rootName,
  setAttr,
  setEntry,
  type GenContext,
} from './context';
import { parameters, type FnSpec } from './functions';
import { isObj, type HObj, type Val } from './model';
import { exceptionCycle, savedException } from './tracebacks';

export type Statement = (g: GenContext, fns: readonly FnSpec[]) => string[] | null;

const bind = (g: GenContext, name: string, v: Val) => g.heap.names.set(name, v);

/** A key that is in the dict (atom keys, or instance keys that have an expression). */
function existingKey(g: GenContext, o: HObj): { expr: string; key: Val } | null {
  const keys = o.entries
    .map((e) => e.key)
    .map((key) => ({ key, expr: isObj(key) ? g.refTo(key) : key }))
    .filter((k): k is { key: Val; expr: string } => k.expr !== null);
  return keys.length ? g.rng.pick(keys) : null;
}

const MISSING_KEY = "'missing'";

// ---- assignment -------------------------------------------------------------------------------

const assignFresh: Statement = (g) => {
  const name = g.anyName();
  const v = g.fresh();
  bind(g, name, v.val);
  return [`${name} = ${v.expr}`];
};

const assignRef: Statement = (g) => {
  const v = g.pickObj();
  if (!v) return null;
  const name = g.anyName();
  bind(g, name, v.val);
  return [`${name} = ${v.expr}`];
};

const assignNone: Statement = (g) => {
  const names = g.boundNames(isObj);
  if (!names.length) return null;
  const name = g.rng.pick(names);
  bind(g, name, 'None');
  return [`${name} = None`];
};

const chained: Statement = (g) => {
  const n1 = g.anyName();
  const n2 = g.anyName();
  if (n1 === n2) return null;
  const v = g.rng.chance(0.5) ? g.fresh() : g.pickObj();
  if (!v) return null;
  bind(g, n1, v.val);
  bind(g, n2, v.val);
  return [`${n1} = ${n2} = ${v.expr}`];
};

const swap: Statement = (g) => {
  const names = g.boundNames();
  if (names.length < 2) return null;
  const [x, y] = g.rng.shuffle(names);
  const vx = g.heap.names.get(x!)!;
  const vy = g.heap.names.get(y!)!;
  bind(g, x!, vy);
  bind(g, y!, vx);
  return [`${x}, ${y} = ${y}, ${x}`];
};

const unpack: Statement = (g) => {
  const src = g.pickObj((o) => isSeq(o) && o.items.length === 2);
  if (!src) return null;
  const n1 = g.anyName();
  const n2 = g.anyName();
  if (n1 === n2) return null;
  const [v1, v2] = g.obj(src.val as number).items;
  bind(g, n1, v1!);
  bind(g, n2, v2!);
  return [`${n1}, ${n2} = ${src.expr}`];
};

const copy: Statement = (g) => {
  const src = g.pickObj((o) => isSeq(o) || isDict(o));
  if (!src) return null;
  const from = g.obj(src.val as number);
  const name = g.anyName();
  if (from.kind === 'dict') {
    const o = g.heap.alloc('dict');
    o.entries = from.entries.map((e) => ({ ...e }));
    bind(g, name, o.id);
    return [`${name} = dict(${src.expr})`];
  }
  const o = g.heap.alloc('list');
  o.items = [...from.items];
  bind(g, name, o.id);
  return [`${name} = list(${src.expr})`];
};

/**
 * Comprehensions at module level (3.11: a <listcomp>/<dictcomp> frame called with the iterator):
 * a copy of a sequence's items or of a dict's entries, a dict's keys, or the counts of a list's
 * objects as the comprehension sees them.
 */
const comprehension: Statement = (g) => {
  const src = g.pickObj((o) => isSeq(o) || isDict(o));
  if (!src) return null;
  const from = g.obj(src.val as number);
  const name = g.anyName();
  if (from.kind === 'dict') {
    if (g.rng.chance(0.5)) {
      const o = g.heap.alloc('dict');
      o.entries = from.entries.map((e) => ({ ...e }));
      bind(g, name, o.id);
      return [`${name} = {k: v for k, v in ${src.expr}.items()}`];
    }
    const o = g.heap.alloc('list');
    o.items = from.entries.map((e) => e.key);
    bind(g, name, o.id);
    return [`${name} = [k for k in ${src.expr}]`];
  }
  if (from.items.length && from.items.every(isObj) && g.rng.chance(0.4))
    return [`print([sys.getrefcount(v) for v in ${src.expr}])`];
  const o = g.heap.alloc('list');
  o.items = [...from.items];
  bind(g, name, o.id);
  return [`${name} = [v for v in ${src.expr}]`];
};

const concat: Statement = (g) => {
  const l1 = g.pickObj(isList);
  const l2 = g.pickObj(isList);
  if (!l1 || !l2) return null;
  const o = g.heap.alloc('list');
  o.items = [...g.obj(l1.val as number).items, ...g.obj(l2.val as number).items];
  const name = g.anyName();
  bind(g, name, o.id);
  return [`${name} = ${l1.expr} + ${l2.expr}`];
};

// ---- lists -----------------------------------------------------------------------------------

const listAppend: Statement = (g) => {
  const l = g.pickObj(isList);
  if (!l) return null;
  const v = g.value();
  g.obj(l.val as number).items.push(v.val);
  return [`${l.expr}.append(${v.expr})`];
};

const listInsert: Statement = (g) => {
  const l = g.pickObj(isList);
  if (!l) return null;
  const o = g.obj(l.val as number);
  const at = g.rng.chance(0.7) ? 0 : o.items.length;
  const v = g.value();
  o.items.splice(at, 0, v.val);
  return [`${l.expr}.insert(${at}, ${v.expr})`];
};

const listSet: Statement = (g) => {
  const l = g.pickObj((o) => isList(o) && o.items.length > 0);
  if (!l) return null;
  const o = g.obj(l.val as number);
  const i = g.rng.int(0, o.items.length - 1);
  const v = g.value();
  o.items[i] = v.val;
  const shown = i === o.items.length - 1 && g.rng.chance(0.3) ? '-1' : String(i);
  return [`${l.expr}[${shown}] = ${v.expr}`];
};

const listPop: Statement = (g) => {
  const l = g.pickObj((o) => isList(o) && o.items.length > 0);
  if (!l) return null;
  const o = g.obj(l.val as number);
  const first = g.rng.chance(0.3);
  const [v] = o.items.splice(first ? 0 : o.items.length - 1, 1);
  const call = `${l.expr}.pop(${first ? '0' : ''})`;
  if (g.rng.chance(0.5)) {
    const name = g.anyName();
    bind(g, name, v!);
    return [`${name} = ${call}`];
  }
  return [call];
};

const listDel: Statement = (g) => {
  const l = g.pickObj((o) => isList(o) && o.items.length > 0);
  if (!l) return null;
  const o = g.obj(l.val as number);
  const i = g.rng.int(0, o.items.length - 1);
  o.items.splice(i, 1);
  return [`del ${l.expr}[${i}]`];
};

const listExtend: Statement = (g) => {
  const l = g.pickObj(isList);
  if (!l) return null;
  const o = g.obj(l.val as number);
  const r = g.rng.next();
  if (r < 0.35) {
    const src = g.pickObj(isSeq);
    if (!src) return null;
    o.items.push(...g.obj(src.val as number).items);
    return [`${l.expr}.extend(${src.expr})`];
  }
  const n = g.rng.int(1, 2);
  const vs = Array.from({ length: n }, () => g.value(1));
  o.items.push(...vs.map((v) => v.val));
  const display = `[${vs.map((v) => v.expr).join(', ')}]`;
  // `x += [...]` only on a name: `t[0] += [...]` extends the list, then fails if t is a tuple.
  const augmented = r >= 0.7 && /^\w+$/.test(l.expr);
  return augmented ? [`${l.expr} += ${display}`] : [`${l.expr}.extend(${display})`];
};

const listClear: Statement = (g) => {
  const l = g.pickObj((o) => isList(o) && o.items.length > 0);
  if (!l) return null;
  g.obj(l.val as number).items = [];
  return [`${l.expr}.clear()`];
};

// ---- dicts -----------------------------------------------------------------------------------

const dictSet: Statement = (g) => {
  const d = g.pickObj(isDict);
  if (!d) return null;
  const atomKey = g.key();
  let key: { expr: string; val: Val } = { expr: atomKey, val: atomKey };
  if (g.rng.chance(0.12)) {
    const inst = g.pickObj(isInst);
    if (inst) key = inst;
  }
  const v = g.value();
  setEntry(g.obj(d.val as number), key.val, v.val);
  return [`${d.expr}[${key.expr}] = ${v.expr}`];
};

const dictDel: Statement = (g) => {
  const d = g.pickObj((o) => isDict(o) && o.entries.length > 0);
  if (!d) return null;
  const o = g.obj(d.val as number);
  const k = existingKey(g, o);
  if (!k) return null;
  o.entries.splice(findEntry(o, k.key), 1);
  return [`del ${d.expr}[${k.expr}]`];
};

const dictPop: Statement = (g) => {
  const d = g.pickObj(isDict);
  if (!d) return null;
  const o = g.obj(d.val as number);
  const k = existingKey(g, o);
  if (!k || g.rng.chance(0.15)) return [`${d.expr}.pop(${MISSING_KEY}, None)`];
  const [entry] = o.entries.splice(findEntry(o, k.key), 1);
  const call = `${d.expr}.pop(${k.expr})`;
  if (g.rng.chance(0.5)) {
    const name = g.anyName();
    bind(g, name, entry!.val);
    return [`${name} = ${call}`];
  }
  return [call];
};

const dictGet: Statement = (g) => {
  const d = g.pickObj(isDict);
  if (!d) return null;
  const o = g.obj(d.val as number);
  const k = g.rng.chance(0.75) ? existingKey(g, o) : null;
  const name = g.anyName();
  if (!k) {
    bind(g, name, 'None');
    return [`${name} = ${d.expr}.get(${MISSING_KEY})`];
  }
  bind(g, name, o.entries[findEntry(o, k.key)]!.val);
  return [`${name} = ${d.expr}.get(${k.expr})`];
};

const dictSetdefault: Statement = (g) => {
  const d = g.pickObj(isDict);
  if (!d) return null;
  const o = g.obj(d.val as number);
  const key = g.key();
  const v = g.value();
  const i = findEntry(o, key);
  if (i < 0) o.entries.push({ key, val: v.val });
  const result = o.entries[findEntry(o, key)]!.val;
  const call = `${d.expr}.setdefault(${key}, ${v.expr})`;
  if (g.rng.chance(0.5)) {
    const name = g.anyName();
    bind(g, name, result);
    return [`${name} = ${call}`];
  }
  return [call];
};

const dictUpdate: Statement = (g) => {
  const d = g.pickObj(isDict);
  if (!d) return null;
  const key = g.key();
  const v = g.value(1);
  setEntry(g.obj(d.val as number), key, v.val);
  return [`${d.expr}.update({${key}: ${v.expr}})`];
};

/** `d | other` (a copy of d updated from other) or `d |= other` (d updated in place), 3.9+. */
const dictMerge: Statement = (g) => {
  const d = g.pickObj(isDict);
  const other = g.pickObj(isDict);
  if (!d || !other) return null;
  const from = g.obj(d.val as number);
  const src = g.obj(other.val as number);
  // In place only through a name: `t[0] |= d` on a tuple would update, then raise.
  if (/^\w+$/.test(d.expr) && g.rng.chance(0.5)) {
    for (const e of [...src.entries]) setEntry(from, e.key, e.val);
    return [`${d.expr} |= ${other.expr}`];
  }
  const name = g.anyName();
  const o = g.heap.alloc('dict');
  o.entries = from.entries.map((e) => ({ ...e }));
  for (const e of src.entries) setEntry(o, e.key, e.val);
  bind(g, name, o.id);
  return [`${name} = ${d.expr} | ${other.expr}`];
};

const dictClear: Statement = (g) => {
  const d = g.pickObj((o) => isDict(o) && o.entries.length > 0);
  if (!d) return null;
  g.obj(d.val as number).entries = [];
  return [`${d.expr}.clear()`];
};

// ---- attributes and names --------------------------------------------------------------------

const attrSet: Statement = (g) => {
  const o = g.pickObj(isInst);
  if (!o) return null;
  const attr = g.rng.pick(ATTRS);
  const v = g.value();
  setAttr(g.obj(o.val as number), attr, v.val);
  return [`${o.expr}.${attr} = ${v.expr}`];
};

const attrDel: Statement = (g) => {
  const o = g.pickObj((x) => isInst(x) && x.attrs.some((a) => !PROTECTED_ATTRS.has(a.name)));
  if (!o) return null;
  const obj = g.obj(o.val as number);
  const attr = g.rng.pick(obj.attrs.filter((a) => !PROTECTED_ATTRS.has(a.name))).name;
  obj.attrs = obj.attrs.filter((a) => a.name !== attr);
  return [`del ${o.expr}.${attr}`];
};

const delName: Statement = (g) => {
  const names = g.boundNames();
  if (!names.length) return null;
  const chosen = g.rng.shuffle(names).slice(0, g.rng.chance(0.25) ? 2 : 1);
  for (const n of chosen) g.heap.names.delete(n);
  return [`del ${chosen.join(', ')}`];
};

// ---- observations ----------------------------------------------------------------------------

const printRc: Statement = (g) => {
  const o = g.pickObj();
  if (!o) return null;
  const rc = `sys.getrefcount(${o.expr})`;
  const r = g.rng.next();
  if (r < 0.6) return [`print(${rc})`];
  if (r < 0.8) return [`print("rc", ${rc})`];
  return [`print(${o.expr}, ${rc})`];
};

/**
 * An object held for a moment as a class attribute: the class's namespace dict holds it (its
 * count, read through the class's mappingproxy) and lists it last; deleting it leaves the heap
 * as it was.
 */
const classAttrPeek: Statement = (g) => {
  const o = g.pickObj();
  if (!o) return null;
  return [
    `Box.held = ${o.expr}`,
    'print("classdict", list(Box.__dict__)[-1], sys.getrefcount(Box.__dict__["held"]), len(vars(Box)))',
    'del Box.held',
  ];
};

const printLen: Statement = (g) => {
  const o = g.pickObj(isContainer);
  return o ? [`print(len(${o.expr}))`] : null;
};

const printRepr: Statement = (g) => {
  const o = g.pickObj();
  if (!o) return null;
  const r = g.rng.next();
  if (r < 0.6) return [`print(${o.expr})`];
  if (r < 0.75) return [`print(repr(${o.expr}))`];
  if (r < 0.85) return [`print(str(${o.expr}))`];
  if (r < 0.9) return [`print("{}".format(${o.expr}))`];
  if (r < 0.95) return [`print(f"{${o.expr}}")`];
  return [`print(f"{${o.expr}!r}")`];
};

const printIs: Statement = (g) => {
  const x = g.pickObj();
  const y = g.pickObj();
  return x && y ? [`print(${x.expr} is ${y.expr})`] : null;
};

// ---- calls -----------------------------------------------------------------------------------

/**
 * A call's arguments as written: plain, by keyword, or unpacked with `*` and `**` (CPython's
 * CALL_FUNCTION_EX, whose tuple and dict are temporaries of the call).
 */
function callArguments(g: GenContext, fn: FnSpec, exprs: string[]): string[] {
  const params = parameters(fn);
  const r = g.rng.next();
  if (r < 0.5 || exprs.length === 0) return exprs;
  if (r < 0.65 && !fn.varargs) return exprs.map((e, i) => `${params[i]}=${e}`);
  // Some leading arguments stay plain; the rest are unpacked from a list or a tuple, or (for
  // named parameters) from a dict.
  const split = g.rng.int(0, exprs.length - 1);
  const plain = exprs.slice(0, split);
  const rest = exprs.slice(split);
  if (!fn.varargs && g.rng.chance(0.4)) {
    const entries = rest.map((e, i) => `'${params[split + i]}': ${e}`);
    return [...plain, `**{${entries.join(', ')}}`];
  }
  const seq = g.rng.chance(0.5) ? `[${rest.join(', ')}]` : `(${rest.join(', ')},)`;
  return [...plain, `*${seq}`];
}

const call: Statement = (g, fns) => {
  const callable = fns.filter((f) => !f.raises);
  if (!callable.length) return null;
  const fn = g.rng.pick(callable);
  const args = fn.args(g);
  if (!args) return null;
  const text = `${fn.name}(${callArguments(g, fn, args.exprs).join(', ')})`;
  const ret = fn.apply(g, args.vals);
  const r = g.rng.next();
  if (r < 0.35) {
    const name = g.anyName();
    bind(g, name, ret);
    return [`${name} = ${text}`];
  }
  if (r < 0.55 && isObj(ret)) return [`print(sys.getrefcount(${text}))`];
  if (r < 0.7) return [`print(${text})`];
  return [text];
};

/** `x.peek()` and `n = x.peek()`: a method call keeps `self` on the stack. */
function peekForms(g: GenContext, callee: string, result: Val): string[] {
  const r = g.rng.next();
  if (r < 0.3) {
    const name = g.anyName();
    bind(g, name, result);
    return [`${name} = ${callee}()`];
  }
  if (r < 0.6) return [`print(${callee}())`];
  return [`${callee}()`];
}

const valueOf = (g: GenContext, box: number): Val =>
  g.obj(box).attrs.find((a) => a.name === 'value')!.val;

const peek: Statement = (g) => {
  const o = g.pickObj(isPeekable);
  if (!o) return null;
  return peekForms(g, `${o.expr}.peek`, valueOf(g, o.val as number));
};

const bindMethod: Statement = (g) => {
  const o = g.pickObj((x) => x.cls === 'Box');
  if (!o) return null;
  const m = g.heap.alloc('method');
  m.items = [o.val];
  const name = g.anyName();
  bind(g, name, m.id);
  return [`${name} = ${o.expr}.peek`];
};

const callBound: Statement = (g) => {
  const m = g.pickObj((x) => x.kind === 'method' && isPeekable(g.obj(x.items[0] as number)));
  if (!m) return null;
  return peekForms(g, m.expr, valueOf(g, g.obj(m.val as number).items[0] as number));
};

// ---- loops -----------------------------------------------------------------------------------

type Body = { line: string; apply?: (v: Val) => void };

/** Body lines for a loop whose variable `name` takes each of `vals`. */
function loopBody(
  g: GenContext,
  fns: readonly FnSpec[],
  name: string,
  vals: Val[],
  iterated: number,
): Body[] {
  const options: Body[] = [{ line: `print(${name})` }];
  if (vals.every(isObj)) {
    options.push({ line: `print(sys.getrefcount(${name}))` });
    options.push({ line: `print(${name}, sys.getrefcount(${name}))` });
    if (vals.every((v) => isContainer(g.obj(v as number)))) {
      options.push({ line: `print(len(${name}))` });
    }
    if (fns.some((f) => f.name === 'local')) options.push({ line: `print(local(${name}))` });
  }
  g.loopNames = new Set([name, 'k', 'v']);
  const iterExpr = g.refTo(iterated);
  if (iterExpr) options.push({ line: `print(sys.getrefcount(${iterExpr}))` });
  const sink = g.pickObj((o) => isList(o) && o.id !== iterated);
  if (sink) {
    const id = sink.val as number;
    options.push({
      line: `${sink.expr}.append(${name})`,
      apply: (v) => g.obj(id).items.push(v),
    });
  }
  g.loopNames = new Set();
  const n = g.rng.int(1, 2);
  return g.rng.shuffle(options).slice(0, n);
}

function emitLoop(header: string, body: Body[], vals: Val[]): string[] {
  for (const v of vals) for (const b of body) b.apply?.(v);
  return [header, ...body.map((b) => `    ${b.line}`)];
}

const forSeq: Statement = (g, fns) => {
  const s = g.pickObj(isSeq);
  if (!s) return null;
  const id = s.val as number;
  const vals = [...g.obj(id).items];
  const body = loopBody(g, fns, 'item', vals, id);
  const lines = emitLoop(`for item in ${s.expr}:`, body, vals);
  if (vals.length) bind(g, 'item', vals[vals.length - 1]!);
  return lines;
};

const forDict: Statement = (g, fns) => {
  const d = g.pickObj(isDict);
  if (!d) return null;
  const id = d.val as number;
  const o = g.obj(id);
  const keys = o.entries.map((e) => e.key);
  const values = o.entries.map((e) => e.val);
  const form = g.rng.pick(['keys', 'items', 'values'] as const);
  // The body reads `d[k]`: d must not be reached through the loop's own variables.
  if (form === 'keys' && ['k', 'v'].includes(rootName(d.expr))) return null;
  let lines: string[];
  if (form === 'keys') {
    const body: Body[] = [{ line: `print(k, ${d.expr}[k])` }];
    if (values.every(isObj)) body.push({ line: `print(sys.getrefcount(${d.expr}[k]))` });
    lines = emitLoop(`for k in ${d.expr}:`, [g.rng.pick(body)], keys);
  } else if (form === 'items') {
    const body: Body[] = [{ line: 'print(k, v)' }];
    if (values.every(isObj)) body.push({ line: 'print(sys.getrefcount(v))' });
    lines = emitLoop(`for k, v in ${d.expr}.items():`, [g.rng.pick(body)], keys);
  } else {
    lines = emitLoop(`for v in ${d.expr}.values():`, loopBody(g, fns, 'v', values, id), values);
  }
  if (keys.length && form !== 'values') bind(g, 'k', keys[keys.length - 1]!);
  if (values.length && form !== 'keys') bind(g, 'v', values[values.length - 1]!);
  return lines;
};

const forRange: Statement = (g) => {
  const l = g.pickObj(isList);
  // The loop rebinds `i`: a list reached through `i` would be an int from the first pass on.
  if (!l || /\bi\b/.test(l.expr)) return null;
  const n = g.rng.int(1, 3);
  const lid = l.val as number;
  const kind = g.rng.pick(['list', 'Box', 'Tracked'] as const);
  const tag = g.nextTag('r');
  const make = { list: '[i]', Box: 'Box(i)', Tracked: `Tracked("${tag}." + str(i))` }[kind];
  for (let i = 0; i < n; i++) {
    const o = g.heap.alloc(kind === 'list' ? 'list' : 'inst', kind === 'list' ? null : kind);
    if (kind === 'list') o.items = [String(i)];
    else o.attrs = [{ name: kind === 'Box' ? 'value' : 'tag', val: String(i) }];
    g.obj(lid).items.push(o.id);
  }
  bind(g, 'i', String(n - 1));
  return [`for i in range(${n}):`, `    ${l.expr}.append(${make})`];
};

/**
 * A chain deeper than CPython's trashcan limit (50): its deallocation is deferred level by level,
 * which reorders the `__del__` calls when it dies.
 */
const deepChain: Statement = (g) => {
  const name = g.anyName();
  const depth = g.rng.int(40, 70);
  const kind = g.rng.pick(['list', 'tuple', 'Box'] as const);
  const tag = g.nextTag('d');
  const item = `Tracked("${tag}." + str(i))`;
  const link = {
    list: `[${item}, ${name}]`,
    tuple: `(${item}, ${name})`,
    Box: `Box([${item}, ${name}])`,
  }[kind];
  bind(g, name, 'None');
  let prev: Val = 'None';
  for (let i = 0; i < depth; i++) {
    const t = g.heap.alloc('inst', 'Tracked');
    t.attrs = [{ name: 'tag', val: `'${tag}.${i}'` }];
    const node = g.heap.alloc(kind === 'tuple' ? 'tuple' : 'list');
    node.items = [t.id, prev];
    prev = node.id;
    if (kind === 'Box') {
      const box = g.heap.alloc('inst', 'Box');
      box.attrs = [{ name: 'value', val: node.id }];
      prev = box.id;
    }
  }
  bind(g, name, prev);
  bind(g, 'i', String(depth - 1));
  return [`${name} = None`, `for i in range(${depth}):`, `    ${name} = ${link}`];
};

// ---- exceptions ------------------------------------------------------------------------------

const SIMPLE: readonly Statement[] = [listAppend, attrSet, dictSet, printRc];

const tryExcept: Statement = (g, fns) => {
  const before: string[] = [];
  if (g.rng.chance(0.4)) {
    const s = g.rng.pick(SIMPLE)(g, fns);
    if (s) before.push(...s);
    // The failing expression below must describe the heap as that statement left it.
    g.beginStatement();
  }
  const fetch = fns.find((f) => f.raises === 'KeyError');
  const form = g.rng.pick(['index', 'key', 'attr', ...(fetch ? (['callee'] as const) : [])]);
  let failing: string;
  let handler: string[];
  if (form === 'index') {
    const s = g.pickObj(isSeq);
    if (!s) return null;
    failing = `print(${s.expr}[${g.obj(s.val as number).items.length + 3}])`;
    handler = ['except IndexError:', '    print("IndexError")'];
  } else if (form === 'key') {
    const d = g.pickObj(isDict);
    if (!d) return null;
    failing = g.rng.chance(0.5)
      ? `print(${d.expr}[${MISSING_KEY}])`
      : `del ${d.expr}[${MISSING_KEY}]`;
    handler = ['except KeyError as err:', '    print("KeyError", err)'];
  } else if (form === 'callee') {
    const d = g.pickObj(isDict);
    if (!d) return null;
    failing = `fetch(${d.expr})`;
    handler = g.rng.chance(0.5)
      ? ['except KeyError:', `    print("caught", sys.getrefcount(${d.expr}))`]
      : ['except KeyError as err:', `    print(err, sys.getrefcount(${d.expr}))`];
  } else {
    const o = g.pickObj(isInst);
    if (!o) return null;
    failing = `print(${o.expr}.missing)`;
    handler = g.rng.chance(0.6)
      ? ['except AttributeError:', `    print("caught", sys.getrefcount(${o.expr}))`]
      : ['except AttributeError as err:', '    print(err)'];
  }
  if (g.rng.chance(0.3)) {
    const seen = g.pickObj();
    if (seen) handler.push(`    print(sys.getrefcount(${seen.expr}))`);
  }
  return ['try:', ...before.map((l) => `    ${l}`), `    ${failing}`, ...handler];
};

/**
 * `with Managed(...) [as name][, Managed(...)]:` around a generated statement, sometimes ending
 * in a KeyError that __exit__ suppresses: enter/exit order and the bound __exit__'s reference.
 */
const withBlock: Statement = (g, fns) => {
  const managers: string[] = [];
  for (let i = g.rng.int(1, 2); i > 0; i--) {
    const tag = g.nextTag('w');
    if (g.rng.chance(0.5)) {
      const name = g.anyName();
      bind(g, name, `'${tag}'`);
      managers.push(`Managed("${tag}") as ${name}`);
    } else managers.push(`Managed("${tag}")`);
  }
  // The `as` names are bound before the body runs: its paths are read after them.
  g.beginStatement();
  const kinds = (Object.keys(STATEMENTS) as StatementKind[]).filter((k) => k !== 'withBlock');
  const inner = STATEMENTS[g.rng.pick(kinds)](g, fns) ?? ['pass'];
  const body = inner.map((l) => `    ${l}`);
  if (g.rng.chance(0.3)) body.push(`    raise KeyError("${g.nextTag('k')}")`);
  return [`with ${managers.join(', ')}:`, ...body];
};

export const STATEMENTS = {
  assignFresh,
  assignRef,
  assignNone,
  chained,
  swap,
  unpack,
  copy,
  comprehension,
  concat,
  listAppend,
  listInsert,
  listSet,
  listPop,
  listDel,
  listExtend,
  listClear,
  dictSet,
  dictDel,
  dictPop,
  dictGet,
  dictSetdefault,
  dictUpdate,
  dictMerge,
  dictClear,
  attrSet,
  attrDel,
  delName,
  printRc,
  classAttrPeek,
  printLen,
  printRepr,
  printIs,
  call,
  peek,
  bindMethod,
  callBound,
  forSeq,
  forDict,
  forRange,
  deepChain,
  tryExcept,
  withBlock,
  savedException,
  exceptionCycle,
} satisfies Record<string, Statement>;

export type StatementKind = keyof typeof STATEMENTS;

export const WEIGHTS: Readonly<Record<StatementKind, number>> = {
  assignFresh: 10,
  assignRef: 5,
  assignNone: 2,
  chained: 1,
  swap: 1,
  unpack: 1,
  copy: 1,
  comprehension: 1,
  concat: 1,
  listAppend: 6,
  listInsert: 2,
  listSet: 2,
  listPop: 2,
  listDel: 2,
  listExtend: 2,
  listClear: 1,
  dictSet: 4,
  dictDel: 2,
  dictPop: 2,
  dictGet: 1,
  dictSetdefault: 1,
  dictUpdate: 1,
  dictMerge: 1,
  dictClear: 1,
  attrSet: 5,
  attrDel: 2,
  delName: 3,
  printRc: 8,
  classAttrPeek: 1,
  printLen: 2,
  printRepr: 3,
  printIs: 1,
  call: 6,
  peek: 2,
  bindMethod: 1,
  callBound: 2,
  forSeq: 3,
  forDict: 2,
  forRange: 1,
  deepChain: 0.5,
  tryExcept: 2,
  withBlock: 2,
  savedException: 1.5,
  exceptionCycle: 1,
};
