import { describe, expect, it } from 'vitest';
import { runScript } from '../../cli/main';

const SCRIPT = `import sys
print(sys.version_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
`;

describe('sys.version_info', () => {
  it.each([
    ['3.11', '3, 11, 7', '(3, 11) 3 True'],
    ['3.12', '3, 12, 1', '(3, 12) 3 True'],
    ['2.7', '2, 7, 18', '(2, 7) 2 False'],
  ] as const)('is the %s profile’s version', (profile, numbers, probes) => {
    const [major, minor, micro] = numbers.split(', ');
    expect(runScript(SCRIPT, 'v.py', profile).stdout).toBe(
      `sys.version_info(major=${major}, minor=${minor}, micro=${micro}, releaselevel='final', serial=0)\n${probes}\n`,
    );
  });
});
