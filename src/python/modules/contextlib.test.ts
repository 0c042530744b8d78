import { describe, expect, it } from 'vitest';
import { Session } from '../session';

const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

describe('contextlib: what is not modelled is refused by name', () => {
  it.each(['suppress', 'ExitStack', 'nullcontext', 'redirect_stdout', 'asynccontextmanager'])(
    'refuses contextlib.%s on its line and in a from-import',
    (name) => {
      expect(new Session().run(`import contextlib\nx = contextlib.${name}\n`).error).toBe(
        refusal(`contextlib.${name}`, 2),
      );
      expect(new Session().run(`from contextlib import ${name}\n`).error).toBe(
        refusal(`contextlib.${name}`, 1),
      );
    },
  );

  it('refuses a @contextmanager context manager used as a decorator', () => {
    const r = new Session().run(
      'from contextlib import contextmanager\n@contextmanager\ndef cm():\n    yield\n\n@cm()\ndef f():\n    pass\n',
    );
    expect(r.error).toBe(refusal('a @contextmanager context manager used as a decorator', 6));
  });

  it('refuses a generator function with a docstring (it would be the manager’s __doc__)', () => {
    const r = new Session().run(
      'from contextlib import contextmanager\n@contextmanager\ndef cm():\n    """Doc."""\n    yield\n\nc = cm()\n',
    );
    expect(r.error).toBe(refusal('the docstring of a @contextmanager generator function', 7));
  });
});
