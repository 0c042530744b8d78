import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lowerModule } from '../compiler';
import { Session } from '../session';
import { decodeSourceFile } from '../sourceFile';
import { dumpIr } from './dump';

const conformance = join(__dirname, '../../../conformance');

/** The paths in `node` that hold a JavaScript function (none may: the IR is data). */
function functionsIn(node: unknown, path = 'module', found: string[] = []): string[] {
  if (typeof node === 'function') found.push(path);
  else if (Array.isArray(node)) node.forEach((x, i) => functionsIn(x, `${path}[${i}]`, found));
  else if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype)
    for (const [key, v] of Object.entries(node)) functionsIn(v, `${path}.${key}`, found);
  return found;
}

function lower(source: string) {
  const s = new Session();
  const interp = s.interpreter;
  return { ir: lowerModule(interp, source, '<test>', 'exec'), interp };
}

describe('the lowered program (ir/nodes.ts)', () => {
  it('is plain data, with no JavaScript function in it, for every conformance script', () => {
    const scripts = readdirSync(conformance).filter((f) => f.endsWith('.py'));
    expect(scripts.length).toBeGreaterThan(400);
    const withFunctions: string[] = [];
    let lowered = 0;
    for (const name of scripts) {
      const decoded = decodeSourceFile(readFileSync(join(conformance, name)), name);
      let ir;
      try {
        if (!decoded.ok) throw new Error(decoded.report);
        ir = lower(decoded.text).ir;
      } catch (e) {
        // A script whose point is a compile-time error: python3 refuses it before it prints.
        const expected = (ext: string) =>
          readFileSync(join(conformance, 'expected', `${name.slice(0, -3)}.${ext}`), 'utf8');
        expect(expected('stdout'), `${name}: ${String(e)}`).toBe('');
        expect(expected('status').trim(), name).not.toBe('0');
        continue;
      }
      lowered++;
      const found = functionsIn(ir);
      if (found.length) withFunctions.push(`${name}: ${found.slice(0, 3).join(', ')}`);
    }
    expect(withFunctions).toEqual([]);
    expect(lowered).toBeGreaterThan(350);
  }, 240_000);

  it('spells out what each statement does, as CPython 3.11 compiles it', () => {
    const { ir, interp } = lower('a = [1]\nif a and not b:\n    f(a, k=2)\n');
    expect(dumpIr(ir.body, (o) => interp.reprOf(o))).toMatchSnapshot();
  });

  it('does not depend on running: lowering a program changes no name and prints nothing', () => {
    const s = new Session();
    expect(s.run('x = 1\n').ok).toBe(true);
    const lowered = lowerModule(s.interpreter, 'x = 2\nprint(x)\n', '<test>', 'exec');
    expect(lowered.body.k).toBe('block');
    const after = s.run('print(x)\n');
    expect(after.output.map((c) => c.text).join('')).toBe('1\n');
  });
});
