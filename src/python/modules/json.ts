/**
 * The `json` module: dumps and loads of plain data (dicts, lists, tuples, str, int, float,
 * True/False/None), with CPython 3.11's text and errors; `json.JSONDecodeError` (also
 * `json.decoder.JSONDecodeError`), a ValueError subclass whose instances carry msg, doc, pos,
 * lineno and colno as json/decoder.py sets them. The hooks (`default=`, `cls=`, `object_hook=`,
 * ...) and the file functions are refused by name.
 */
import { PyStr, PyInt, PyBool, PyList, PyTuple, type PyObject, type PyType } from '../../engine';
import type { Kw } from '../builtins';
import { NotSupported } from '../errors';
import { newException } from '../exceptions';
import type { Interpreter } from '../interpreter';
import { truthy } from '../operators';
import { moduleFunction, newModule } from './moduleObject';
import { staticType } from './weakrefObjects';
import { decodeJson, JsonSyntax } from './jsonDecode';
import { Encoder, type EncodeOptions } from './jsonEncode';

/** Members CPython's json has that Heapscope does not run (files, encoder/decoder classes). */
export const JSON_REFUSED = [
  'dump',
  'load',
  'JSONEncoder',
  'JSONDecoder',
  'encoder',
  'scanner',
  'detect_encoding',
  'codecs',
];

const DUMPS_KEYWORDS = new Set([
  'skipkeys',
  'ensure_ascii',
  'check_circular',
  'allow_nan',
  'cls',
  'indent',
  'separators',
  'default',
  'sort_keys',
]);
const LOADS_KEYWORDS = new Set([
  'strict',
  'cls',
  'object_hook',
  'parse_float',
  'parse_int',
  'parse_constant',
  'object_pairs_hook',
]);

function refuse(interp: Interpreter, what: string): never {
  throw new NotSupported(what, interp.frame?.lineno ?? 0);
}

/** A Python function's positional-argument errors for `name(x, *, ...)`. */
function onePositional(interp: Interpreter, name: string, param: string, args: PyObject[]) {
  if (args.length === 0)
    interp.raise('TypeError', `${name}() missing 1 required positional argument: '${param}'`);
  if (args.length > 1)
    interp.raise(
      'TypeError',
      `${name}() takes 1 positional argument but ${args.length} were given`,
    );
  return args[0]!;
}

/** Keywords: the known ones by name; an unknown one goes on to the encoder/decoder class. */
function keywords(
  interp: Interpreter,
  kw: Kw,
  known: Set<string>,
  cls: string,
): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  for (const [name, value] of kw ?? []) {
    if (!known.has(name))
      interp.raise('TypeError', `${cls}.__init__() got an unexpected keyword argument '${name}'`);
    out.set(name, value);
  }
  return out;
}

function dumpsOptions(interp: Interpreter, kw: Map<string, PyObject>): EncodeOptions {
  const h = interp.heap;
  const given = (name: string) => {
    const v = kw.get(name);
    return v && v !== h.None ? v : null;
  };
  for (const name of ['cls', 'default']) if (given(name)) refuse(interp, `json.dumps(${name}=...)`);
  const check = kw.get('check_circular');
  if (check && !truthy(interp, check)) refuse(interp, 'json.dumps(check_circular=False)');
  const flag = (name: string, dflt: boolean) => {
    const v = kw.get(name);
    return v ? truthy(interp, v) : dflt;
  };
  let indent: string | null = null;
  const ind = given('indent');
  if (ind instanceof PyStr) indent = ind.value;
  else if (ind instanceof PyInt || ind instanceof PyBool) {
    const n = ind instanceof PyBool ? +ind.value : Number(ind.value);
    if (!Number.isSafeInteger(n) || n > 10_000) refuse(interp, 'json.dumps() with a huge indent');
    indent = ' '.repeat(Math.max(0, n));
  } else if (ind) refuse(interp, `json.dumps(indent=) of a '${ind.type.name}'`);
  let itemSeparator = indent === null ? ', ' : ',';
  let keySeparator = ': ';
  const seps = given('separators');
  if (seps) {
    const items = seps instanceof PyTuple || seps instanceof PyList ? seps.items : null;
    if (!items || items.length !== 2 || !items.every((s) => s instanceof PyStr))
      refuse(interp, 'json.dumps(separators=) other than a pair of strs');
    itemSeparator = (items[0] as PyStr).value;
    keySeparator = (items[1] as PyStr).value;
  }
  return {
    indent,
    itemSeparator,
    keySeparator,
    sortKeys: flag('sort_keys', false),
    ensureAscii: flag('ensure_ascii', true),
    allowNan: flag('allow_nan', true),
    skipKeys: flag('skipkeys', false),
  };
}

/** json.decoder.JSONDecodeError(msg, doc, pos), its attributes set as decoder.py sets them. */
function decodeError(interp: Interpreter, type: PyType, doc: PyStr, e: JsonSyntax): never {
  const h = interp.heap;
  const text = doc.value;
  const lineno = (text.slice(0, e.pos).match(/\n/g)?.length ?? 0) + 1;
  const colno = e.pos - text.lastIndexOf('\n', e.pos - 1);
  const message = `${e.msg}: line ${lineno} column ${colno} (char ${e.pos})`;
  const exc = newException(h, type, [h.newStr(message)]);
  const attrs: [string, PyObject][] = [
    ['msg', h.newStr(e.msg)],
    ['doc', doc],
    ['pos', h.newInt(e.pos)],
    ['lineno', h.newInt(lineno)],
    ['colno', h.newInt(colno)],
  ];
  for (const [name, v] of attrs) {
    interp.setAttr(exc, name, v);
    if (v !== doc) h.decref(v);
  }
  return interp.raiseObject(exc);
}

export function jsonMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const errorType = staticType(
    interp,
    'JSONDecodeError',
    interp.exceptions.get('ValueError')!,
    'json.decoder',
  );
  const decoder = newModule(interp, 'json.decoder', { JSONDecodeError: errorType });
  // A submodule: not drawn, as the view draws no module's namespace.
  decoder.dict.internal = true;
  h.incref(errorType);
  return {
    dumps: moduleFunction(interp, {
      name: 'dumps',
      call(interp, args, kw) {
        const o = onePositional(interp, 'dumps', 'obj', args);
        const options = dumpsOptions(interp, keywords(interp, kw, DUMPS_KEYWORDS, 'JSONEncoder'));
        return interp.heap.newStr(new Encoder(interp, options).encode(o));
      },
    }),
    loads: moduleFunction(interp, {
      name: 'loads',
      call(interp, args, kw) {
        const s = onePositional(interp, 'loads', 's', args);
        let strict = true;
        for (const [name, v] of keywords(interp, kw, LOADS_KEYWORDS, 'JSONDecoder')) {
          if (name === 'strict') strict = truthy(interp, v);
          else if (v !== interp.heap.None) refuse(interp, `json.loads(${name}=...)`);
        }
        if (!(s instanceof PyStr)) {
          if (s.type.name === 'bytes' || s.type.name === 'bytearray')
            refuse(interp, `json.loads() of ${s.type.name}`);
          return interp.raise(
            'TypeError',
            `the JSON object must be str, bytes or bytearray, not ${s.type.name}`,
          );
        }
        try {
          return decodeJson(interp, s.value, strict);
        } catch (e) {
          if (e instanceof JsonSyntax) return decodeError(interp, errorType, s, e);
          throw e;
        }
      },
    }),
    JSONDecodeError: errorType,
    decoder,
  };
}
