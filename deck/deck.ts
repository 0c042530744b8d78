/**
 * The example deck: reveal.js slides with two independent embedded Heapscopes. Each embed is
 * given its program when it is ready (`load`); then, whenever a fragment of its slide is shown or
 * hidden, it is sent to as many statements as fragments of it are shown (`goTo`). Going to the
 * count rather than stepping once per fragment keeps the heap with the slide however the person
 * moves: quick presses, going back, jumping to a slide by its address.
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

/** The heap of embed `target` as its slide's shown fragments say it is. */
function sync(target: string): void {
  const shown = document.querySelectorAll(`.fragment.visible[data-heapscope="${target}"]`).length;
  void frames.get(target)?.send({ command: 'goTo', step: shown });
}

for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe.heapscope')) {
  const frame = new HeapscopeFrame(iframe);
  frames.set(iframe.id, frame);
  void frame.ready
    .then(() => frame.send({ command: 'load', statements: PROGRAMS[iframe.id] }))
    .then(() => sync(iframe.id));
}

const deck = new Reveal({ hash: true, transition: 'none' });
void deck.initialize().then(() => {
  const onFragment = (event: unknown) => {
    const target = (event as { fragment: HTMLElement }).fragment.dataset.heapscope;
    if (target) sync(target);
  };
  deck.on('fragmentshown', onFragment);
  deck.on('fragmenthidden', onFragment);
});
