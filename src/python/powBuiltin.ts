/**
 * pow(base, exp, mod=None) as CPython 3.11's builtin computes it. Without a modulus it is the
 * `**` operator (a negative int exponent gives a float); with one, every argument must be an
 * int: the result has the modulus's sign (as `%` gives it), a negative exponent takes the modular
 * inverse of the base (ValueError when there is none), a modulus of 0 is a ValueError.
 */
import { PyBool, PyFloat, PyInstance, PyInt, normInt, type PyObject } from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { binaryOp } from './operators';
import { lookupTypeAttr } from './typeAttr';

const PARAMS = ['base', 'exp', 'mod'] as const;

/** The arguments bound as Argument Clinic binds `pow(base, exp, mod=None)`. */
function bind(interp: Interpreter, args: PyObject[], kw: Kw): (PyObject | undefined)[] {
  if (args.length > 3)
    interp.raise('TypeError', `pow() takes at most 3 arguments (${args.length} given)`);
  const bound: (PyObject | undefined)[] = [...args];
  for (const [name, v] of kw ?? []) {
    const i = PARAMS.indexOf(name as (typeof PARAMS)[number]);
    if (i < 0) interp.raise('TypeError', `'${name}' is an invalid keyword argument for pow()`);
    if (i < args.length)
      interp.raise(
        'TypeError',
        `argument for pow() given by name ('${name}') and position (${i + 1})`,
      );
    bound[i] = v;
  }
  for (let i = 0; i < 2; i++)
    if (!bound[i])
      interp.raise('TypeError', `pow() missing required argument '${PARAMS[i]}' (pos ${i + 1})`);
  return bound;
}

function isIntLike(o: PyObject): o is PyInt | PyBool {
  return o instanceof PyInt || o instanceof PyBool;
}

function bigOf(o: PyInt | PyBool): bigint {
  return o instanceof PyBool ? BigInt(+o.value) : BigInt(o.value);
}

/** The inverse of `a` modulo `m` (m > 1), or null when they share a factor. */
function inverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % m) + m) % m;
}

/** long_pow with a modulus: base ** exp % mod, the result taking the modulus's sign. */
function modularPow(interp: Interpreter, base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) return interp.raise('ValueError', 'pow() 3rd argument cannot be 0');
  const m = mod < 0n ? -mod : mod;
  if (m === 1n) return 0n;
  let b = ((base % m) + m) % m;
  let e = exp;
  if (e < 0n) {
    const inv = inverse(b, m);
    if (inv === null) interp.raise('ValueError', 'base is not invertible for the given modulus');
    b = inv!;
    e = -e;
  }
  interp.charge(e.toString(2).length);
  let r = 1n;
  for (; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
  }
  // A negative modulus: the result in (mod, 0], as `%` gives it.
  return mod < 0n && r !== 0n ? r - m : r;
}

/** An instance whose class defines `special`: this builtin does not call it. */
function refuseSpecial(interp: Interpreter, o: PyObject, special: string): void {
  if (o instanceof PyInstance && lookupTypeAttr(o.type, special))
    throw new NotSupported(`pow() of an object with ${special}`, interp.frame?.lineno ?? 0);
}

function powBuiltin(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  const [base, exp, modArg] = bind(interp, args, kw) as [PyObject, PyObject, PyObject?];
  const mod = modArg && modArg !== interp.heap.None ? modArg : null;
  if (!mod) return binaryOp(interp, '**', base, exp);
  for (const o of [base, exp, mod]) {
    refuseSpecial(interp, o, '__pow__');
    refuseSpecial(interp, o, '__rpow__');
  }
  if (isIntLike(base) && isIntLike(exp) && isIntLike(mod))
    return interp.heap.newInt(normInt(modularPow(interp, bigOf(base), bigOf(exp), bigOf(mod))));
  const isNum = (o: PyObject) => isIntLike(o) || o instanceof PyFloat;
  if (isNum(base) && isNum(exp) && isNum(mod))
    interp.raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  return interp.raise(
    'TypeError',
    `unsupported operand type(s) for ** or pow(): '${base.type.name}', '${exp.type.name}', '${mod.type.name}'`,
  );
}

export const POW: BuiltinImpl = { name: 'pow', call: powBuiltin };
