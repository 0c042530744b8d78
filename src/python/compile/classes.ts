/** `class`: the body run in its own frame, then type_new. */
import type { SyntaxNode } from '@lezer/common';
import { PyObject, PyStr, PyType, STACK, type Heap, type PyDict, type PyTuple } from '../../engine';
import { NotSupported, PyError } from '../errors';
import { Frame, frameBytesFor, Signal, WARMUP_START, type CodeUnit, type Ex } from '../frame';
import {
  attachClassNamespace,
  finishClassNamespace,
  newClassNamespace,
  storeClassAttr,
} from '../classNamespace';
import {
  classDictValue,
  classReady,
  newClassCell,
  refuseClassHooks,
  setClassCell,
} from '../classCreation';
import { c3Mro, checkBases } from '../mro';
import { addMemberDescriptors, readSlots, setLayout } from '../slots';
import { C_LEVEL_BYTES } from '../stackGuard';
import { collectGlobals, scopeKey } from '../scopes';
import type { Interpreter } from '../interpreter';
import type { CompileContext, Scope } from './context';
import { children, isOperand } from './syntax';
import { docstringOf } from '../docstrings';
import { docConstant } from '../functionAttributes';
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
  const baseExprs = bases.map((x) => ctx.evExpr(x, scope));
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
    ctx.exWithAnnotations(children(bodyNode), ctx.exBody(bodyNode, inner)),
  );
  ctx.loopDepth = savedLoop;
  const code: CodeUnit = {
    name,
    file: ctx.file,
    kind: 'class',
    localNames: inner.locals,
    paramCount: 0,
    firstLine: ctx.line(n),
    doc: docstringOf(children(bodyNode), (x) => ctx.text(x)),
    lines: ctx.lines,
    warmup: WARMUP_START,
    stackBytes,
    frameBytes: frameBytesFor(inner.locals.length),
    freeStart: 0,
    consts,
    body,
  };
  const store = ctx.backend.store(storeName(ctx, name, scope));
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
      startClassBody(interp, ns, qualname, code);
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
    // type_new's order: the __bases__ tuple, the copy of the namespace, the class, its __mro__.
    const basesTuple = newBasesTuple(h, baseTypes, baseType);
    const namespace = newClassNamespace(h, ns.gcNext !== null);
    const t = new PyType(h.allocAddress(0x3a0), name, baseType, h.types.type, true);
    h.track(t);
    if (qualname !== name) t.qualname = qualname;
    if (mro) t.explicitMro = [t, ...mro];
    if (baseTypes.length > 1) t.explicitBases = baseTypes;
    if (b instanceof PyType && b.isHeapType) h.incref(b, t, '__base__');
    setLayout(t, slots);
    addTypeInternals(h, t, namespace, basesTuple);
    for (const e of ns.liveEntries()) {
      const key = (e.key as PyStr).value;
      // type_new takes the qualified name and the class cell out of the class's dict.
      if (key === '__qualname__') continue;
      if (key === '__classcell__') {
        setClassCell(interp, t, e.value);
        continue;
      }
      storeClassAttr(h, t, key, classDictValue(interp, key, e.value));
    }
    if (slots) addMemberDescriptors(h, t, slots);
    finishClassNamespace(h, t);
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
 * The `__bases__` tuple: the class statement's bases, or `(object,)` (type_new_get_bases). Its
 * references to heap classes are counted; built-in types are not compared.
 */
function newBasesTuple(h: Heap, bases: readonly PyType[], base: PyType): PyTuple {
  if (!bases.length) return h.newTuple([base]);
  for (const c of bases) h.incref(c);
  return h.newTuple([...bases]);
}

/**
 * The references a new class holds to itself and its bases, as type_new makes them: its namespace
 * (filled afterwards, classNamespace.ts), its __mro__ tuple (the class and its heap bases) and its
 * __bases__ tuple. They are internal: kept as hidden objects that the view does not draw.
 */
function addTypeInternals(h: Heap, t: PyType, namespace: PyDict, bases: PyTuple): void {
  attachClassNamespace(t, namespace);
  t.mroIndex = t.internals.length;
  const mro = [...t.mro()];
  for (const c of mro) h.incref(c, t, '__mro__');
  for (const o of [h.newTuple(mro), bases]) {
    o.internal = true;
    t.internals.push(o);
  }
}

/**
 * What a class body's code stores before its first statement: `__module__` (LOAD_NAME
 * `__name__`), `__qualname__`, and its docstring as `__doc__`.
 */
function startClassBody(interp: Interpreter, ns: PyDict, qualname: string, code: CodeUnit): void {
  const h = interp.heap;
  const moduleName =
    h.dictGet(ns, interp.key('__name__')) ??
    h.dictGet(interp.frame!.globals, interp.key('__name__')) ??
    interp.raise('NameError', "name '__name__' is not defined");
  h.dictSet(ns, interp.key('__module__'), moduleName);
  h.dictSetSteal(ns, interp.key('__qualname__'), h.newStr(qualname, true));
  if (code.doc == null) return;
  const doc = docConstant(interp, code);
  h.incref(doc);
  h.dictSetSteal(ns, interp.key('__doc__'), doc);
}
