/**
 * The example deck: reveal.js slides with two independent embedded Heapscopes. Each embed is
 * given its program when it is ready (`load`), and every fragment of its slide steps it forward
 * (`step`); going back through the fragments steps it back (`back`).
 */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';
import './deck.css';
import { HeapscopeFrame } from './heapscopeFrame';

const PROGRAMS: Record<string, string[]> = {
  refs: ['a = [1, 2]', 'b = a', 'import sys\nprint(sys.getrefcount(a))', 'del b'],
  cycle: ['x = []\ny = [x]', 'x.append(y)', 'del x, y', 'import gc\ngc.collect()'],
};

const frames = new Map<string, HeapscopeFrame>();
for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe.heapscope')) {
  const frame = new HeapscopeFrame(iframe);
  frames.set(iframe.id, frame);
  void frame.ready.then(() => frame.send({ command: 'load', statements: PROGRAMS[iframe.id] }));
}

const deck = new Reveal({ hash: true, transition: 'none' });
void deck.initialize().then(() => {
  deck.on('fragmentshown', (event) => {
    const target = (event as unknown as { fragment: HTMLElement }).fragment.dataset.heapscope;
    if (target) void frames.get(target)?.send({ command: 'step' });
  });
  deck.on('fragmenthidden', (event) => {
    const target = (event as unknown as { fragment: HTMLElement }).fragment.dataset.heapscope;
    if (target) void frames.get(target)?.send({ command: 'back' });
  });
});
