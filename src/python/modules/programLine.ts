import type { Interpreter } from '../interpreter';

/** The files of the library modules' Python source (their frames are not the program's). */
const LIBRARY_FILES = new Set([
  'functools.py',
  'copy.py',
  // namedtuple and the `__new__` it compiles (collectionsNamedtuple.ts).
  '/usr/lib/python3.11/collections/__init__.py',
  '<string>',
]);

/** The line of the program a library call came from: refusals name it, not the library's. */
export function programLine(interp: Interpreter): number {
  let f = interp.frame;
  while (f && LIBRARY_FILES.has(f.code.file)) f = f.back;
  return f?.lineno ?? 0;
}
