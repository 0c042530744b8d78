/**
 * What the str methods share: their receiver, the unchanged result, and CPython's argument
 * errors for methods taking no keywords and no or one argument.
 */
import type { PyObject, PyStr } from '../engine';
import type { Kw } from './builtins';
import type { Interpreter } from './interpreter';

export function selfStr(args: PyObject[]): PyStr {
  return args[0] as PyStr;
}

/** The string itself, as a new reference (unicode_result_unchanged). */
export function unchanged(interp: Interpreter, s: PyStr): PyObject {
  interp.heap.incref(s);
  return s;
}

/** A result built in a new buffer (PyUnicode_New): new even of one character, '' shared. */
export function built(interp: Interpreter, text: string): PyObject {
  return text === '' ? interp.heap.newStr('') : interp.heap.freshStr(text);
}

export function noKeywords(interp: Interpreter, name: string, kw: Kw): void {
  if (kw && kw.length) interp.raise('TypeError', `str.${name}() takes no keyword arguments`);
}

export function noArguments(interp: Interpreter, name: string, args: PyObject[], kw: Kw): void {
  noKeywords(interp, name, kw);
  if (args.length > 1)
    interp.raise('TypeError', `str.${name}() takes no arguments (${args.length - 1} given)`);
}

export function exactlyOne(interp: Interpreter, name: string, args: PyObject[], kw: Kw): PyObject {
  noKeywords(interp, name, kw);
  if (args.length !== 2)
    interp.raise(
      'TypeError',
      `str.${name}() takes exactly one argument (${args.length - 1} given)`,
    );
  return args[1]!;
}
