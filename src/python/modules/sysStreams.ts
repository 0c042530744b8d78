/**
 * `sys.stdout` and `sys.stderr` (with `sys.__stdout__` / `sys.__stderr__`): the two text streams
 * print() writes to, objects of type `_io.TextIOWrapper` with `write(s)` (returns how many
 * characters it wrote) and `flush()`. Their other attributes (name, mode, fileno, ...) are
 * refused by name. print(file=...) and print() to a reassigned sys.stdout accept only these two.
 */
import { PyInstance, PyStr, strLength, type PyObject, type PyType } from '../../engine';
import type { BuiltinImpl, Kw } from '../builtins';
import { NotSupported } from '../errors';
import type { Interpreter } from '../interpreter';

type StreamName = 'stdout' | 'stderr';

/** One of the interpreter's two standard text streams. */
export class PyTextStream extends PyInstance {
  constructor(
    address: number,
    type: PyType,
    readonly stream: StreamName,
  ) {
    super(address, type);
  }
}

/** dir(sys.stdout) in python3 3.11.7: every attribute CPython has, for refusals by name. */
export const TEXT_IO_ATTRIBUTES: ReadonlySet<string> = new Set(
  (
    '_CHUNK_SIZE __class__ __del__ __delattr__ __dict__ __dir__ __doc__ __enter__ __eq__ __exit__ ' +
    '__format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ ' +
    '__iter__ __le__ __lt__ __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__ __setattr__ ' +
    '__sizeof__ __str__ __subclasshook__ _checkClosed _checkReadable _checkSeekable ' +
    '_checkWritable _finalizing buffer close closed detach encoding errors fileno flush isatty ' +
    'line_buffering mode name newlines read readable readline readlines reconfigure seek ' +
    'seekable tell truncate writable write write_through writelines'
  ).split(' '),
);

function self(args: PyObject[]): PyTextStream {
  return args[0] as PyTextStream;
}

function noKeywords(interp: Interpreter, name: string, kw: Kw): void {
  if (kw?.length) interp.raise('TypeError', `TextIOWrapper.${name}() takes no keyword arguments`);
}

const METHODS: BuiltinImpl[] = [
  {
    name: 'write',
    isMethod: true,
    call(interp, args, kw) {
      noKeywords(interp, 'write', kw);
      if (args.length !== 2) {
        interp.raise(
          'TypeError',
          `TextIOWrapper.write() takes exactly one argument (${args.length - 1} given)`,
        );
      }
      const s = args[1]!;
      if (!(s instanceof PyStr))
        return interp.raise('TypeError', `write() argument must be str, not ${s.type.name}`);
      interp.write(self(args).stream, s.value);
      return interp.heap.newInt(strLength(s));
    },
  },
  {
    name: 'flush',
    isMethod: true,
    call(interp, args, kw) {
      noKeywords(interp, 'flush', kw);
      if (args.length !== 1) {
        interp.raise(
          'TypeError',
          `TextIOWrapper.flush() takes no arguments (${args.length - 1} given)`,
        );
      }
      return interp.heap.none();
    },
  },
  {
    name: '__repr__',
    isMethod: true,
    call(interp, args) {
      const name = self(args).stream;
      return interp.heap.newStr(`<_io.TextIOWrapper name='<${name}>' mode='w' encoding='utf-8'>`);
    },
  },
];

/** The type, the two streams and their sys names. */
export function sysStreamMembers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const type = h.lazyType('TextIOWrapper');
  type.moduleName = '_io';
  for (const impl of METHODS) {
    const m = h.newBuiltin(impl.name, impl);
    m.interned = true;
    type.attrs.set(impl.name, m);
  }
  const make = (stream: StreamName): PyTextStream => {
    const s = h.track(new PyTextStream(h.allocAddress(0xd0), type, stream));
    s.interned = true;
    return s;
  };
  const stdout = make('stdout');
  const stderr = make('stderr');
  // Each is named twice in sys (stdout and __stdout__); the interpreter keeps one more reference
  // to stderr (python3 3.11.7: sys.getrefcount(sys.stderr) is 4, of stdout 3).
  h.incref(stdout);
  h.incref(stderr);
  h.incref(stderr);
  return { stdout, __stdout__: stdout, stderr, __stderr__: stderr };
}

/**
 * Where print() writes: file=None or absent means sys.stdout, which must be one of the two (or
 * None: then print() does nothing).
 */
export function printTarget(interp: Interpreter, file: PyObject | undefined): StreamName | null {
  const h = interp.heap;
  const line = interp.frame?.lineno ?? 0;
  let target = file;
  if (!target || target === h.None) {
    target = h.dictGet(interp.modules.get('sys')!.dict, interp.key('stdout'));
    if (!target) return 'stdout';
    if (target === h.None) return null;
  }
  if (target instanceof PyTextStream) return target.stream;
  throw new NotSupported(
    file && file !== h.None
      ? 'print(file=...) to anything but sys.stdout or sys.stderr'
      : 'print() to a replaced sys.stdout',
    line,
  );
}
