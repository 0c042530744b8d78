import type { Interpreter } from '../interpreter';

/** The files of the library modules' Python source (their frames are not the program's). */
const LIBRARY_FILES = new Set(['functools.py', 'copy.py']);

/** The line of the program a library call came from: refusals name it, not the library's. */
export function programLine(interp: Interpreter): number {
  let f = interp.frame;
  while (f && LIBRARY_FILES.has(f.code.file)) f = f.back;
  return f?.lineno ?? 0;
}
