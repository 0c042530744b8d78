import { describe, expect, it } from 'vitest';
import { CPYTHON_BUILTIN_NAMES } from './cpythonBuiltinNames';
import { Session } from './session';

function printed(s: Session, line: string): string {
  return s
    .run(line)
    .output.map((c) => c.text)
    .join('');
}

describe("the names of CPython's builtins module", () => {
  it('each one is found, or refused by name at its line: never a NameError', () => {
    const s = new Session();
    const refused: string[] = [];
    for (const name of CPYTHON_BUILTIN_NAMES) {
      const out = printed(s, `v = ${name}`);
      if (out === '') continue;
      expect(out).toBe(
        `NotSupported: the built-in '${name}' is not supported by Heapscope (line 1)\n`,
      );
      refused.push(name);
    }
    // The everyday ones are implemented.
    for (const name of ['enumerate', 'zip', 'map', 'filter', 'reversed', 'min', 'max', 'sum'])
      expect(refused).not.toContain(name);
  });

  it('a name the program binds itself is its own, and other names are still NameErrors', () => {
    const s = new Session();
    expect(printed(s, 'input = 5; print(input)')).toBe('5\n');
    expect(printed(s, 'print(undefined_name)')).toContain(
      "NameError: name 'undefined_name' is not defined",
    );
  });
});
