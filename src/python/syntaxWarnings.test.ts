import { describe, expect, it } from 'vitest';
import { Session } from './session';

const WARNING = '<console>:1: SyntaxWarning: "is" with a literal. Did you mean "=="?\n';

describe('the SyntaxWarning for `is` with a literal, in the console', () => {
  it('is written to stderr before the statement runs, without a source line, and it still runs', () => {
    // python3 -i: `<stdin>:1: SyntaxWarning: ...` then `True` (the console's file is <console>).
    const s = new Session();
    s.run('x = 1');
    const r = s.run('x is 1');
    expect(r.output.map((c) => [c.stream, c.text])).toEqual([
      ['stderr', WARNING],
      ['stdout', 'True\n'],
    ]);
  });

  it('counts lines within the statement, and says nothing for None or a name', () => {
    const s = new Session();
    s.run('x = None');
    expect(s.run('x is None').output.map((c) => c.text)).toEqual(['True\n']);
    const r = s.run(
      'if x is not None:\n    pass\nelif (x ==\n      2 or x is not -1):\n    pass\n',
    );
    expect(r.output.map((c) => c.text)).toEqual([
      '<console>:4: SyntaxWarning: "is not" with a literal. Did you mean "!="?\n',
    ]);
  });

  it('is not repeated by a later statement', () => {
    const s = new Session();
    s.run('x = 2');
    s.run('x is 2');
    expect(s.run('x == 2').output.map((c) => c.text)).toEqual(['True\n']);
  });
});
