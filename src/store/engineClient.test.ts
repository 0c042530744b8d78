import { describe, expect, it } from 'vitest';
import { EngineLost, WorkerEngine } from './engineClient';

describe('the worker engine where no worker can start', () => {
  it('a worker refused outright (as from a file:// page) fails requests with EngineLost', async () => {
    let tries = 0;
    const engine = new WorkerEngine(() => {
      tries += 1;
      throw new DOMException('workers are not allowed here', 'SecurityError');
    });
    const reply = engine.request({ type: 'start', start: { setup: [], history: [], position: 0 } });
    await expect(reply).rejects.toBeInstanceOf(EngineLost);
    await expect(reply).rejects.toMatchObject({ stopped: false });
    // It gives up at once instead of trying again and again.
    expect(tries).toBe(1);
    engine.dispose();
  });
});
