/**
 * The `pprint` module: pprint, pformat, pp, saferepr, isreadable, isrecursive, with pprint.py's
 * parameters and errors (see pprintFormat.ts for the layout). Printing to another stream
 * (`stream=`) and the PrettyPrinter class are refused by name.
 */
import { PyBool, PyInt, PyNone, type PyObject } from '../../engine';
import type { Kw } from '../builtins';
import { NotSupported } from '../errors';
import type { Interpreter } from '../interpreter';
import { truthy } from '../operators';
import { moduleFunction } from './moduleObject';
import { PrettyPrinter, type PrinterOptions } from './pprintFormat';

export const PPRINT_REFUSED = ['PrettyPrinter'];

/**
 * Binds a Python function's arguments: `positional` names (the first `required` of them
 * required), then keyword-only ones, with CPython's messages. Returns the values given, by name.
 */
function bind(
  interp: Interpreter,
  fn: string,
  args: PyObject[],
  kw: Kw,
  positional: readonly string[],
  required: number,
  keywordOnly: readonly string[],
): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  if (args.length > positional.length) {
    const takes =
      required === positional.length ? `${required}` : `from ${required} to ${positional.length}`;
    interp.raise(
      'TypeError',
      `${fn}() takes ${takes} positional argument${positional.length === 1 ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`,
    );
  }
  args.forEach((a, i) => out.set(positional[i]!, a));
  for (const [name, v] of kw ?? []) {
    if (!positional.includes(name) && !keywordOnly.includes(name))
      interp.raise('TypeError', `${fn}() got an unexpected keyword argument '${name}'`);
    if (out.has(name))
      interp.raise('TypeError', `${fn}() got multiple values for argument '${name}'`);
    out.set(name, v);
  }
  const missing = positional.slice(0, required).filter((p) => !out.has(p));
  if (missing.length) {
    const names = missing.map((m) => `'${m}'`);
    const list =
      names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    interp.raise(
      'TypeError',
      `${fn}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
    );
  }
  return out;
}

function refuse(interp: Interpreter, what: string): never {
  throw new NotSupported(what, interp.frame?.lineno ?? 0);
}

/** int(x) of an int or bool; anything else int() would convert is refused. */
function intOption(
  interp: Interpreter,
  fn: string,
  name: string,
  v: PyObject | undefined,
  d: number,
) {
  if (!v) return d;
  if (v instanceof PyBool) return +v.value;
  if (v instanceof PyInt && Number.isSafeInteger(Number(v.value))) return Number(v.value);
  return refuse(interp, `pprint.${fn}(${name}=) of a '${v.type.name}'`);
}

/** PrettyPrinter.__init__'s conversions and checks, in its order. */
function printerOptions(
  interp: Interpreter,
  fn: string,
  a: Map<string, PyObject>,
  sortDefault: boolean,
): PrinterOptions {
  const indent = intOption(interp, fn, 'indent', a.get('indent'), 1);
  const width = intOption(interp, fn, 'width', a.get('width'), 80);
  if (indent < 0) interp.raise('ValueError', 'indent must be >= 0');
  const d = a.get('depth');
  let depth: number | null = null;
  if (d && !(d instanceof PyNone)) {
    depth = intOption(interp, fn, 'depth', d, 0);
    if (depth <= 0) interp.raise('ValueError', 'depth must be > 0');
  }
  if (!width) interp.raise('ValueError', 'width must be != 0');
  const flag = (name: string, dflt: boolean) => {
    const v = a.get(name);
    return v ? truthy(interp, v) : dflt;
  };
  return {
    indent,
    width,
    depth,
    compact: flag('compact', false),
    sortDicts: flag('sort_dicts', sortDefault),
    underscoreNumbers: flag('underscore_numbers', false),
  };
}

const KEYWORD_ONLY = ['compact', 'sort_dicts', 'underscore_numbers'];

export function pprintMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const printTo = (fn: string, a: Map<string, PyObject>, sortDefault: boolean) => {
    const stream = a.get('stream');
    if (stream && !(stream instanceof PyNone)) refuse(interp, `pprint.${fn}(stream=...)`);
    const printer = new PrettyPrinter(interp, printerOptions(interp, fn, a, sortDefault));
    interp.write('stdout', printer.pformat(a.get('object')!) + '\n');
    return h.none();
  };
  const defaultPrinter = () =>
    new PrettyPrinter(interp, {
      indent: 1,
      width: 80,
      depth: null,
      compact: false,
      sortDicts: true,
      underscoreNumbers: false,
    });
  const oneArg = (fn: string, args: PyObject[], kw: Kw) =>
    bind(interp, fn, args, kw, ['object'], 1, []).get('object')!;
  /** pprint's parameters; pp(object, *args, sort_dicts=False, **kwargs) passes them on. */
  const printArgs = (args: PyObject[], kw: Kw) =>
    bind(
      interp,
      'pprint',
      args,
      kw,
      ['object', 'stream', 'indent', 'width', 'depth'],
      1,
      KEYWORD_ONLY,
    );
  return {
    pprint: moduleFunction(interp, {
      name: 'pprint',
      call: (_interp, args, kw) => printTo('pprint', printArgs(args, kw), true),
    }),
    pp: moduleFunction(interp, {
      name: 'pp',
      call: (_interp, args, kw) => printTo('pp', printArgs(args, kw), false),
    }),
    pformat: moduleFunction(interp, {
      name: 'pformat',
      call(interp, args, kw) {
        const a = bind(
          interp,
          'pformat',
          args,
          kw,
          ['object', 'indent', 'width', 'depth'],
          1,
          KEYWORD_ONLY,
        );
        const printer = new PrettyPrinter(interp, printerOptions(interp, 'pformat', a, true));
        return interp.heap.newStr(printer.pformat(a.get('object')!));
      },
    }),
    saferepr: moduleFunction(interp, {
      name: 'saferepr',
      call(interp, args, kw) {
        const [rep] = defaultPrinter().safeRepr(oneArg('saferepr', args, kw), new Set(), 0);
        return interp.heap.newStr(rep);
      },
    }),
    isreadable: moduleFunction(interp, {
      name: 'isreadable',
      call(interp, args, kw) {
        const [, readable] = defaultPrinter().safeRepr(
          oneArg('isreadable', args, kw),
          new Set(),
          0,
        );
        return interp.heap.bool(readable);
      },
    }),
    isrecursive: moduleFunction(interp, {
      name: 'isrecursive',
      call(interp, args, kw) {
        const [, , recursive] = defaultPrinter().safeRepr(
          oneArg('isrecursive', args, kw),
          new Set(),
          0,
        );
        return interp.heap.bool(recursive);
      },
    }),
  };
}
