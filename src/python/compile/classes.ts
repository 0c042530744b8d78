/** `class`: the body run in its own frame, then type_new. */
import type { SyntaxNode } from '@lezer/common';
import { PyObject, PyStr, PyType, STACK, type Heap } from '../../engine';
import { NotSupported, PyError } from '../errors';
import { Frame, frameBytesFor, Signal, WARMUP_START, type CodeUnit, type Ex } from '../frame';
import { trackClassNamespace } from '../classNamespace';
import {
  classDictValue,
  classReady,
  newClassCell,
  refuseClassHooks,
  setClassCell,
} from '../classCreation';
import { c3Mro, checkBases } from '../mro';
import { addedDescriptors, addMemberDescriptors, readSlots, setLayout } from '../slots';
import { C_LEVEL_BYTES } from '../stackGuard';
import { collectGlobals, scopeKey } from '../scopes';
import type { CompileContext, Scope } from './context';
import { children, isOperand } from './syntax';
import { storeName } from './names';

/** `decorate`: a class decorator's calls, on the class made (their callables on the stack). */
export function classDef(
  ctx: CompileContext,
  n: SyntaxNode,
  scope: Scope,
  decorate?: (f: Frame, t: PyObject) => PyObject,
): Ex {
  const parts = children(n);
  const name = ctx.text(parts[1]!);
  const argList = parts.find((c) => c.name === 'ArgList');
  const bases = argList ? children(argList).filter(isOperand) : [];
  if (argList && children(argList).some((c) => c.name === 'AssignOp'))
    ctx.unsupported('class keyword arguments', n);
  const baseExprs = bases.map((x) => ctx.expr(x, scope));
  const qualname =
    scope.kind === 'module'
      ? name
      : scope.kind === 'function'
        ? `${scope.qualname}.<locals>.${name}`
        : `${scope.qualname}.${name}`;
  // In a function, the body's frame takes the cells its reads and its methods need.
  const layout = ctx.layouts.get(scopeKey(n)) ?? { cells: [], frees: [] };
  // The implicit `__class__` cell (methods using super() read it) comes first, as a cell variable.
  const classCell = layout.cells.includes('__class__');
  const inner: Scope = {
    kind: 'class',
    locals: [...(classCell ? ['__class__'] : []), ...layout.frees],
    globals: new Set(),
    qualname,
    parent: scope,
    frees: layout.frees,
    classDerefs: new Set(layout.classDerefs ?? []),
  };
  const outerSlots = layout.frees.map((x) => scope.locals.indexOf(x));
  const bodyNode = parts[parts.length - 1]!;
  collectGlobals(children(bodyNode), inner, (x) => ctx.text(x));
  const savedLoop = ctx.loopDepth;
  ctx.loopDepth = 0;
  const [body, stackBytes, consts] = ctx.nestedUnit(() =>
    ctx.withAnnotations(children(bodyNode), ctx.body(bodyNode, inner)),
  );
  ctx.loopDepth = savedLoop;
  const code: CodeUnit = {
    name,
    file: ctx.file,
    kind: 'class',
    localNames: inner.locals,
    paramCount: 0,
    firstLine: ctx.line(n),
    lines: ctx.lines,
    warmup: WARMUP_START,
    stackBytes,
    frameBytes: frameBytesFor(inner.locals.length),
    freeStart: 0,
    consts,
    body,
  };
  const store = storeName(ctx, name, scope);
  const interp = ctx.interp;
  const h = interp.heap;
  const classLine = ctx.line(n);
  return (f) => {
    const evaluated: PyObject[] = [];
    for (const e of baseExprs) {
      const v = e(f);
      f.stack.push(v);
      evaluated.push(v);
    }
    const baseTypes = checkBases(interp, evaluated, classLine);
    const b = baseTypes[0] ?? null;
    if (
      b instanceof PyType &&
      !b.isHeapType &&
      b !== h.types.object &&
      !b.isSubtypeOf(interp.exceptions.get('BaseException')!)
    ) {
      // Subclasses of list, dict, ... would need the built-in's storage: outside the subset.
      throw new NotSupported(`subclassing the built-in type '${b.name}'`, classLine);
    }
    const ns = h.newDict(true);
    f.stack.push(ns);
    const frame = new Frame(h.allocAddress(0x1b0), code, f.globals, ns, [], null, f);
    const cellCount = classCell ? 1 : 0;
    frame.fast.length = cellCount;
    for (let i = 0; i < outerSlots.length; i++) {
      const cell = f.fast[outerSlots[i]!]!;
      h.incref(cell, frame, code.localNames[cellCount + i]);
      frame.fast.push(cell);
    }
    // COPY_FREE_VARS, then MAKE_CELL for `__class__`.
    if (classCell) frame.fast[0] = newClassCell(interp);
    const saved = interp.frame;
    // __build_class__ (a call through C) runs the body in a frame: two levels of the limit.
    interp.enterLevel(C_LEVEL_BYTES, ' while calling a Python object');
    try {
      interp.enterLevel(code.stackBytes, '');
    } catch (e) {
      interp.leaveLevel(C_LEVEL_BYTES);
      interp.clearFrame(frame);
      throw e;
    }
    interp.frame = frame;
    try {
      body(frame);
      // The body ends storing its `__class__` cell as `__classcell__` for type_new to fill.
      if (classCell) h.dictSet(ns, interp.key('__classcell__'), frame.fast[0]!);
      // The body returned: its frame lets go of the cells it took.
      interp.clearFrame(frame);
    } catch (e) {
      interp.unwindStack(frame, 0);
      // The traceback keeps the frame's object, which takes its cells over as it exits.
      if (e instanceof PyError) interp.addTraceback(e, frame);
      interp.clearFrame(frame);
      throw e;
    } finally {
      interp.frame = saved;
      interp.leaveLevel(code.stackBytes);
      interp.leaveLevel(C_LEVEL_BYTES);
    }
    refuseClassHooks(interp, ns, classLine);
    const mro = c3Mro(interp, baseTypes);
    const baseType = (b as PyType | null) ?? h.types.object;
    const slots = readSlots(
      interp,
      ns,
      baseType,
      baseType.isSubtypeOf(interp.exceptions.get('BaseException')!),
      classLine,
    );
    const t = new PyType(h.allocAddress(0x3a0), name, baseType, h.types.type, true);
    h.track(t);
    if (qualname !== name) t.qualname = qualname;
    if (mro) t.explicitMro = [t, ...mro];
    if (baseTypes.length > 1) t.explicitBases = baseTypes;
    if (b instanceof PyType && b.isHeapType) h.incref(b, t, '__base__');
    setLayout(t, slots);
    addTypeInternals(h, t);
    for (const e of ns.liveEntries()) {
      const key = (e.key as PyStr).value;
      if (key === '__classcell__') {
        setClassCell(interp, t, e.value);
        continue;
      }
      const v = classDictValue(interp, key, e.value);
      h.noteMove(v, t, key);
      t.attrs.set(key, v);
    }
    if (slots) addMemberDescriptors(h, t, slots);
    trackClassNamespace(h, t);
    classReady(interp, t, ns, classLine);
    f.stack.pop();
    h.decref(ns, STACK);
    for (let i = evaluated.length - 1; i >= 0; i--) {
      f.stack.pop();
      h.decref(evaluated[i]!, STACK);
    }
    store(f, decorate ? decorate(f, t) : t);
    return Signal.Normal;
  };
}

/**
 * The references a new class holds to itself and its bases, as type_new makes them: its __mro__
 * tuple (the class and its heap bases), its __bases__ tuple, and the `__dict__` and `__weakref__`
 * descriptors its base lacked (slots.ts), which point back to it.
 * They are internal: kept as hidden objects that the view does not draw.
 */
function addTypeInternals(h: Heap, t: PyType): void {
  const hold = (o: PyObject, tracked = true) => {
    o.internal = true;
    if (!tracked) h.gc.untrack(o);
    t.internals.push(o);
    return o;
  };
  const tuple = (items: PyObject[]) => {
    for (const i of items) h.incref(i, t, '__mro__');
    return h.newTuple(items);
  };
  // Tracked once it holds something trackable (classNamespace.ts), as CPython's tp_dict is.
  const namespace = h.newDict(true);
  namespace.ownerClass = t;
  hold(namespace);
  t.mroIndex = t.internals.length;
  hold(tuple([...t.mro()]));
  const base = t.base!;
  if (t.explicitBases || base.isHeapType) {
    hold(tuple([...t.bases()]));
  } else {
    hold(h.newTuple([h.types.object]));
  }
  // The __dict__ and __weakref__ descriptors the class adds (its base lacks them) live in the
  // namespace and point back to the class.
  for (const name of addedDescriptors(t)) {
    const descriptor = tuple([t]);
    descriptor.internal = true;
    h.dictSet(namespace, h.internedStr(name), descriptor);
    h.decref(descriptor);
  }
}
