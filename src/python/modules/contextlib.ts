/**
 * contextlib's `contextmanager` and `closing`, written in Python as CPython's contextlib.py
 * writes them and run by Heapscope itself at the first `import contextlib`. So the objects are
 * CPython's: `@contextmanager` gives a function `helper` closing over the generator function,
 * calling it makes a `_GeneratorContextManager` whose `__dict__` holds the generator (and, until
 * `__enter__`, the function and its arguments), `__enter__` is next() of the generator and
 * `__exit__` sends it on or throws the exception into it. Each statement stands on the line it
 * has in CPython 3.11.7's contextlib.py, so a traceback through `__enter__` or `__exit__` shows
 * the same `File ".../contextlib.py", line N` entries as python3 does.
 *
 * The differences from contextlib.py, none observable: `@wraps` is spelt out (its __module__ and
 * __doc__ aside) and `throw()` is given the exception instance alone (the same in 3.11). What is not modelled is refused: a generator function with a docstring
 * (the context manager's __doc__ would be it), a context manager used as a decorator
 * (ContextDecorator), and every other member of contextlib.
 */
import { NotSupported, PyError } from '../errors';
import { newException } from '../exceptions';
import { PyFunction, type PyObject } from '../../engine';
import type { CodeUnit } from '../frame';
import type { Interpreter } from '../interpreter';
import { moduleFunction } from './moduleObject';
import type { FirstImportModule } from './firstImport';
import { membersBeyond } from '../cpythonModuleMembers';

/**
 * The file tracebacks name for contextlib's frames: where a Linux python3.11 keeps it (the
 * conformance checker compares standard-library paths by their file name, as installs differ).
 */
export const CONTEXTLIB_FILE = '/usr/lib/python3.11/contextlib.py';

/** contextlib's other members, refused by name: all but what its source below defines. */
const CONTEXTLIB_REFUSED = membersBeyond('contextlib', [
  'contextmanager',
  'closing',
  '_GeneratorContextManager',
  '_GeneratorContextManagerBase',
  '__name__',
]);

/** The module's source: each line where contextlib.py has it (line number, text). */
const LINES: readonly (readonly [number, string])[] = [
  [101, 'class _GeneratorContextManagerBase:'],
  [104, '    def __init__(self, func, args, kwds):'],
  [105, '        self.gen = func(*args, **kwds)'],
  [106, '        self.func, self.args, self.kwds = func, args, kwds'],
  [108, '        _heapscope_refuse_docstring(func)'],
  [111, '        self.__doc__ = "Helper for @contextmanager decorator."'],
  [125, 'class _GeneratorContextManager(_GeneratorContextManagerBase):'],
  [127, '    def __call__(self, func):'],
  [128, '        _heapscope_refuse_decorator()'],
  [132, '    def __enter__(self):'],
  [135, '        del self.args, self.kwds, self.func'],
  [136, '        try:'],
  [137, '            return next(self.gen)'],
  [138, '        except StopIteration:'],
  [139, '            _heapscope_didnt_yield()'],
  [141, '    def __exit__(self, typ, value, traceback):'],
  [142, '        if typ is None:'],
  [143, '            try:'],
  [144, '                next(self.gen)'],
  [145, '            except StopIteration:'],
  [146, '                return False'],
  [147, '            else:'],
  [148, '                try:'],
  [149, '                    raise RuntimeError("generator didn\'t stop")'],
  [150, '                finally:'],
  [151, '                    self.gen.close()'],
  [152, '        else:'],
  [153, '            if value is None:'],
  [156, '                value = typ()'],
  [157, '            try:'],
  [158, '                self.gen.throw(value)'],
  [159, '            except StopIteration as exc:'],
  [163, '                return exc is not value'],
  [164, '            except RuntimeError as exc:'],
  [166, '                if exc is value:'],
  [167, '                    exc.__traceback__ = traceback'],
  [168, '                    return False'],
  [181, '                raise'],
  [182, '            except BaseException as exc:'],
  [189, '                if exc is not value:'],
  [190, '                    raise'],
  [191, '                exc.__traceback__ = traceback'],
  [192, '                return False'],
  [193, '            try:'],
  [194, '                raise RuntimeError("generator didn\'t stop after throw()")'],
  [195, '            finally:'],
  [196, '                self.gen.close()'],
  [272, 'def contextmanager(func):'],
  [300, '    def helper(*args, **kwds):'],
  [301, '        return _GeneratorContextManager(func, args, kwds)'],
  [302, '    helper.__name__ = func.__name__'],
  [303, '    helper.__qualname__ = func.__qualname__'],
  [304, '    helper.__wrapped__ = func'],
  [305, '    return helper'],
  [338, 'class closing:'],
  [355, '    def __init__(self, thing):'],
  [356, '        self.thing = thing'],
  [357, '    def __enter__(self):'],
  [358, '        return self.thing'],
  [359, '    def __exit__(self, *exc_info):'],
  [360, '        self.thing.close()'],
];

function source(): string {
  const out: string[] = [];
  for (const [line, text] of LINES) {
    while (out.length < line - 1) out.push('');
    out.push(text);
  }
  return out.join('\n') + '\n';
}

/**
 * Does the generator function's body start with a docstring? (Its first statement after the
 * `def` line is a string.) Read from the source: docstrings are not kept by the compiler.
 */
function hasDocstring(code: CodeUnit): boolean {
  const lines = code.lines;
  let i = code.firstLine - 1;
  while (i < lines.length && !/^\s*def\b/.test(lines[i]!)) i++;
  while (i < lines.length && !/:\s*(#.*)?$/.test(lines[i]!)) i++;
  for (i++; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('#')) continue;
    return /^[rRuUbBfF]{0,2}['"]/.test(t);
  }
  return false;
}

function helpers(interp: Interpreter): Record<string, PyObject> {
  /** The program's line that reached contextlib (refusals name it, not contextlib's). */
  const line = () => {
    let f = interp.frame;
    while (f && f.code.file === CONTEXTLIB_FILE) f = f.back;
    return f?.lineno ?? 0;
  };
  return {
    _heapscope_refuse_docstring: moduleFunction(interp, {
      name: '_heapscope_refuse_docstring',
      call(interp, args) {
        const f = args[0];
        if (f instanceof PyFunction && hasDocstring(f.code as CodeUnit))
          throw new NotSupported('the docstring of a @contextmanager generator function', line());
        return interp.heap.none();
      },
    }),
    _heapscope_refuse_decorator: moduleFunction(interp, {
      name: '_heapscope_refuse_decorator',
      call() {
        throw new NotSupported('a @contextmanager context manager used as a decorator', line());
      },
    }),
    // `raise RuntimeError("generator didn't yield") from None`: no context shown.
    _heapscope_didnt_yield: moduleFunction(interp, {
      name: '_heapscope_didnt_yield',
      call(interp) {
        const type = interp.exceptions.get('RuntimeError')!;
        const exc = newException(interp.heap, type, [interp.heap.newStr("generator didn't yield")]);
        throw new PyError(exc, 'RuntimeError');
      },
    }),
  };
}

/** contextlib, made at its first import: the helpers, then contextlib.py's source. */
export const CONTEXTLIB: FirstImportModule = {
  install(interp, m) {
    for (const [k, v] of Object.entries(helpers(interp))) interp.setName(m.dict, k, v);
    interp.execLibrarySource(source(), CONTEXTLIB_FILE, m.dict);
  },
  refused: CONTEXTLIB_REFUSED,
};
