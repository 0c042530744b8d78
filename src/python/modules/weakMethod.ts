/**
 * weakref.WeakMethod, built as weakref.py builds it: a weak reference (a `ref` subclass) to the
 * bound method's object whose callback `_cb` also watches `_func_ref`, a weak reference to the
 * method's function. `_cb` holds the user's callback and `self_wr`, a weak reference to the
 * WeakMethod itself, in the two cells of its closure (here a hidden tuple of two one-item lists,
 * as many collector objects as CPython's); when the object or the function dies it
 * marks the WeakMethod dead (`_alive`) and calls the user's callback once, with the WeakMethod.
 * Calling a live WeakMethod makes a new bound method.
 */
import {
  linkWeakref,
  PyList,
  PyMethod,
  PyTuple,
  PyWeakref,
  type PyObject,
  type PyType,
} from '../../engine';
import type { Interpreter } from '../interpreter';
import { registerTypeMethods } from '../methods';
import { staticType, supportsWeakrefs, weakrefRepr } from './weakrefObjects';
import { NotSupported } from '../errors';

export function registerWeakMethod(interp: Interpreter, refType: PyType): PyType {
  const h = interp.heap;
  const t = staticType(interp, 'WeakMethod', refType);

  /** A weak reference of type `type` to `o` with callback `cb` (owned), linked where CPython links it. */
  const weakref = (type: PyType, o: PyObject, cb: PyObject | null) => {
    const wr = new PyWeakref(h.allocAddress(0x50), type, o, cb, 'ref');
    if (cb) h.incref(cb, wr, '__callback__');
    h.track(wr);
    linkWeakref(o, wr);
    return wr;
  };

  /** `_cb(arg)`: the closure's cells hold the callback (or None) and self_wr. */
  const makeCallback = (callbackCell: PyList, selfCell: PyList, closure: PyTuple): PyObject =>
    h.newBuiltin(
      '_cb',
      {
        name: '_cb',
        qualname: 'WeakMethod.__new__.<locals>._cb',
        call(interp: Interpreter) {
          const selfRef = selfCell.items[0];
          const self = selfRef instanceof PyWeakref ? selfRef.referent : null;
          if (self instanceof PyWeakref && self.methodAlive) {
            self.methodAlive = false;
            const callback = callbackCell.items[0]!;
            if (callback !== h.None) {
              h.incref(self);
              try {
                h.decref(interp.callWith(callback, [self], null, interp.frame));
              } finally {
                h.decref(self);
              }
            }
          }
          return h.none();
        },
      },
      closure,
    );

  registerTypeMethods(
    interp,
    t,
    {
      __new__(interp, args, kw) {
        if (args.length > 2)
          interp.raise(
            'TypeError',
            `__new__() takes from 2 to 3 positional arguments but ${args.length + 1} were given`,
          );
        // __new__(cls, meth, callback=None) binds keywords as a Python function does.
        const bound = [args[0], args[1]];
        for (const [name, v] of kw ?? []) {
          const at = name === 'meth' ? 0 : name === 'callback' ? 1 : -1;
          if (at < 0)
            interp.raise(
              'TypeError',
              `WeakMethod.__new__() got an unexpected keyword argument '${name}'`,
            );
          if (bound[at])
            interp.raise(
              'TypeError',
              `WeakMethod.__new__() got multiple values for argument '${name}'`,
            );
          bound[at] = v;
        }
        const meth = bound[0];
        if (!meth)
          return interp.raise(
            'TypeError',
            `WeakMethod.__new__() missing 1 required positional argument: 'meth'`,
          );
        if (!(meth instanceof PyMethod))
          return interp.raise(
            'TypeError',
            `argument should be a bound method, not ${interp.reprOf(meth.type)}`,
          );
        // type.__call__ then runs ref.__init__, which refuses keywords (`callback=` included).
        if (kw && kw.length) interp.raise('TypeError', 'ref() takes no keyword arguments');
        const obj = meth.self;
        const func = meth.func;
        if (!supportsWeakrefs(obj))
          interp.raise('TypeError', `cannot create weak reference to '${obj.type.name}' object`);
        const callback = args[1] ?? h.None;
        h.incref(callback);
        const callbackCell = h.newList([callback]);
        const selfCell = h.newList([]);
        const closure = h.newTuple([callbackCell, selfCell]);
        for (const o of [callbackCell, selfCell, closure]) o.internal = true;
        const cb = makeCallback(callbackCell, selfCell, closure);
        h.decref(closure);
        cb.internal = true;
        try {
          // self = ref.__new__(cls, obj, _cb); self._func_ref = ref(func, _cb)
          const self = weakref(t, obj, cb);
          // Owned by the WeakMethod (its `_func_ref` slot).
          self.key = weakref(refType, func, cb);
          self.methodAlive = true;
          // self_wr = ref(self): the basic weak reference to the WeakMethod, held by _cb.
          const selfRef = weakref(refType, self, null);
          h.listAppend(selfCell, selfRef);
          h.decref(selfRef);
          return self;
        } finally {
          h.decref(cb);
        }
      },
      __call__(interp, args) {
        if (args.length > 1)
          interp.raise('TypeError', `weakref expected 0 arguments, got ${args.length - 1}`);
        const self = args[0] as PyWeakref;
        const obj = self.referent;
        const func = (self.key as PyWeakref | null)?.referent;
        if (!obj || !func) return h.none();
        const m = h.track(new PyMethod(h.allocAddress(0x30), interp.methodType, func, obj));
        h.incref(func, m, '__func__');
        h.incref(obj, m, '__self__');
        return m;
      },
      __repr__(interp, args) {
        return h.newStr(weakrefRepr(interp, args[0] as PyWeakref));
      },
      __callback__(interp) {
        // CPython shows `_cb` as a Python closure (`<function WeakMethod.__new__.<locals>._cb>`).
        throw new NotSupported('WeakMethod.__callback__', interp.frame?.lineno ?? 0);
      },
    },
    ['__callback__'],
    { __call__: ['self'] },
  );
  return t;
}
