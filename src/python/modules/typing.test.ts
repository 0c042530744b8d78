import { describe, expect, it } from 'vitest';
import { Session } from '../session';

const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

describe('typing', () => {
  it.each(['TypeVar', 'Generic', 'Protocol', 'NamedTuple', 'get_type_hints'])(
    'refuses `from typing import %s` before the program runs',
    (name) => {
      const r = new Session().run(`print('ran')\nfrom typing import ${name}\n`);
      expect(r.error).toBe(refusal(`typing.${name}`, 2));
      expect(r.events.filter((e) => e.kind === 'stdout')).toEqual([]);
    },
  );

  it.each([
    ['x = typing.List[int].__args__', "the attribute '__args__' of typing.List[int]"],
    ['x = typing.List()', 'calling typing.List'],
    ['x = isinstance([], typing.List)', 'isinstance() with typing.List'],
    ['x = typing.Callable[[int], str]', 'typing.Callable[...]'],
    ['x = typing.List[1]', "typing.List[...] of a 'int' object"],
  ])('refuses what it does not model, where it is used: %s', (line, what) => {
    const r = new Session().run(`import typing\ny = 1\n${line}\n`);
    expect(r.error).toBe(refusal(what, 3));
  });
});
