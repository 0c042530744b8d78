import { afterEach, describe, expect, it } from 'vitest';
import { NO_LIMITS } from '../python/budget';
import { Interpreter } from '../python/interpreter';
import { runProgram } from './program';

function run(source: string) {
  let stdout = '';
  let stderr = '';
  const status = runProgram(source, 'x.py', {
    profile: '3.11',
    limits: NO_LIMITS,
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  return { stdout, stderr, status };
}

describe('a bug of Heapscope while a program runs', () => {
  const saved = {
    charge: Interpreter.prototype.charge,
    exit: Interpreter.prototype.finalizeAtExit,
  };
  afterEach(() => {
    Interpreter.prototype.charge = saved.charge;
    Interpreter.prototype.finalizeAtExit = saved.exit;
  });

  it('is reported once, plainly, with the output before it kept and exit status 1', () => {
    Interpreter.prototype.charge = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    const r = run('print("before")\nx = [0] * 5000\nprint("after")\n');
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(
      "Heapscope internal error (please report it): Cannot read properties of undefined (reading 'x')\n",
    );
    expect(r.status).toBe(1);
  });

  it('at interpreter exit is reported the same way', () => {
    Interpreter.prototype.finalizeAtExit = () => {
      throw new Error('boom');
    };
    const r = run('print("end")\n');
    expect(r).toEqual({
      stdout: 'end\n',
      stderr: 'Heapscope internal error (please report it): boom\n',
      status: 1,
    });
  });
});
