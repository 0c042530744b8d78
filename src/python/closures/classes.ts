/** The closure of a `class` statement: the body run in its own frame, then type_new. */
import { PyObject, PyStr, PyType, STACK, type Heap, type PyDict, type PyTuple } from '../../engine';
import { NotSupported, PyError } from '../errors';
import { Frame, Signal, type CodeUnit, type Ex } from '../frame';
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
import { docConstant } from '../functionAttributes';
import type { Interpreter } from '../interpreter';
import type { ClassDef } from '../ir/functions';
import type { Builders } from './backend';
import { codeUnitOf } from './codeUnits';
import { decoratorCalls } from './functions';

export const CLASS_STMTS: Builders<ClassDef, Ex> = {
  classDef: (n, b) => {
    const decorators = n.decorators.length ? decoratorCalls(b, n.decorators) : null;
    const decorate = decorators?.apply;
    const baseExprs = n.bases.map((x) => b.expr(x));
    const code = codeUnitOf(b, n.code);
    const body = code.body;
    const name = code.name;
    const qualname = n.code.qualname;
    const classCell = n.classCell;
    const outerSlots = n.outerSlots;
    const store = b.store(n.store);
    const interp = b.interp;
    const h = interp.heap;
    const classLine = n.line;
    const build: Ex = (f) => {
      const evaluated: PyObject[] = [];
      for (const e of baseExprs) {
        const v = e(f);
        f.stack.push(v);
        evaluated.push(v);
      }
      const baseTypes = checkBases(interp, evaluated, classLine);
      const firstBase = baseTypes[0] ?? null;
      if (
        firstBase instanceof PyType &&
        !firstBase.isHeapType &&
        firstBase !== h.types.object &&
        !firstBase.isSubtypeOf(interp.exceptions.get('BaseException')!)
      ) {
        // Subclasses of list, dict, ... would need the built-in's storage: outside the subset.
        throw new NotSupported(`subclassing the built-in type '${firstBase.name}'`, classLine);
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
      const baseType = (firstBase as PyType | null) ?? h.types.object;
      const slots = readSlots(
        interp,
        ns,
        baseType,
        baseType.isSubtypeOf(interp.exceptions.get('BaseException')!),
        classLine,
      );
      // type_new's order: the __bases__ tuple, the copy of the namespace, the class, its __mro__.
      const basesTuple = newBasesTuple(h, baseTypes, baseType);
      const namespace = newClassNamespace(h, ns.gcHandle !== 0);
      const t = new PyType(h.allocAddress(0x3a0), name, baseType, h.types.type, true);
      h.track(t);
      if (qualname !== name) t.qualname = qualname;
      if (mro) t.explicitMro = [t, ...mro];
      if (baseTypes.length > 1) t.explicitBases = baseTypes;
      if (firstBase instanceof PyType && firstBase.isHeapType) h.incref(firstBase, t, '__base__');
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
    if (!decorators) return build;
    const push = decorators.push;
    return (f) => {
      push(f);
      return build(f);
    };
  },
};

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
