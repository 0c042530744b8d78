/** Argument-count errors of built-in functions, in CPython's words (a leaf: types only). */
import type { BuiltinImpl } from './builtins';
import type { Interpreter } from './interpreter';

/** CPython's wording for a built-in called with the wrong number of arguments. */
export function checkArity(
  interp: Interpreter,
  impl: Pick<BuiltinImpl, 'name' | 'qualname' | 'arity' | 'isMethod'>,
  given: number,
): void {
  const offset = impl.isMethod ? 1 : 0;
  const [min, max] = [impl.arity![0] - offset, impl.arity![1] - offset];
  if (given >= min && given <= max) return;
  const name = impl.qualname ?? impl.name;
  if (min === max && min === 0)
    interp.raise('TypeError', `${name}() takes no arguments (${given} given)`);
  if (min === max && min === 1)
    interp.raise('TypeError', `${name}() takes exactly one argument (${given} given)`);
  const bound = given < min ? `at least ${min}` : `at most ${max}`;
  const count = given < min ? min : max;
  interp.raise(
    'TypeError',
    `${impl.name}() takes ${bound} argument${count === 1 ? '' : 's'} (${given} given)`,
  );
}
