import { describe, expect, it } from 'vitest';
import type { Prediction } from '../../lessons/format';
import { judge } from './reveal';

const none = { printed: '', offered: [], alive: new Set<number>() };

describe('judge', () => {
  const output: Prediction = { kind: 'output', question: 'q', explain: 'e' };
  it('compares an output guess with the last printed line, trimmed', () => {
    const printed = '1\n2\n';
    expect(judge(output, { kind: 'output', text: ' 2 ' }, { ...none, printed }).verdict).toBe(
      'Right',
    );
    expect(judge(output, { kind: 'output', text: '3' }, { ...none, printed })).toMatchObject({
      right: false,
      verdict: 'Not quite: it printed 2',
      explain: 'e',
    });
    expect(judge(output, null, { ...none, printed }).right).toBeNull();
  });

  it('compares a choice with the answer', () => {
    const choice: Prediction = {
      kind: 'choice',
      question: 'q',
      options: ['a', 'b'],
      answer: 1,
      explain: 'e',
    };
    expect(judge(choice, { kind: 'choice', option: 1 }, none).right).toBe(true);
    expect(judge(choice, { kind: 'choice', option: 0 }, none).verdict).toBe(
      'Not quite: the answer is “b”',
    );
  });

  it('lists the survivors', () => {
    const survivors: Prediction = { kind: 'survivors', question: 'q', explain: 'e' };
    const offered = [
      { name: 'a', id: 1 },
      { name: 'b', id: 2 },
    ];
    const outcome = { printed: '', offered, alive: new Set([1]) };
    expect(judge(survivors, { kind: 'survivors', picked: new Set([1]) }, outcome)).toMatchObject({
      right: true,
      survived: ['a'],
      freed: ['b'],
    });
    expect(judge(survivors, { kind: 'survivors', picked: new Set([1, 2]) }, outcome).right).toBe(
      false,
    );
  });
});
