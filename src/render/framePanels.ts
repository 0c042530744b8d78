/**
 * The frame panels down the left of the canvas, one below the other in the snapshot's order: the
 * module's globals first, then (while a script's step is shown) one panel per call in progress,
 * outermost first, and the REPL's own holders last. Each panel lists its names (a call's locals),
 * then its value stack: the objects the frame holds while an expression is half evaluated (call
 * arguments already evaluated, a running loop's iterator, getrefcount's own argument). A stack
 * row has an arrow like a name's, which is how "getrefcount is one more than you expect" shows.
 */
import type { FrameView, HeapSnapshot, ObjectView } from '../engine/snapshot';
import { FRAME, type Box } from './geometry';
import { pillText, truncate } from './format';
import type { FramePanel, NameRow, ObjectNode } from './scene';

/** Characters of a call frame's title that fit beside its panel's padding. */
const TITLE_CHARS = 18;
/** Characters of a value shown beside a name (a shared object drawn inline). */
const NOTE_CHARS = 12;

/**
 * The frames' panels for a snapshot. `readOnly` (a past step of a script is drawn) makes no row
 * draggable: a gesture runs on the live heap, where these frames are gone.
 */
export function framePanels(
  snapshot: HeapSnapshot,
  byId: ReadonlyMap<number, ObjectNode>,
  views: ReadonlyMap<number, ObjectView>,
  readOnly = false,
): FramePanel[] {
  const panels: FramePanel[] = [];
  let y: number = FRAME.y;
  for (const frame of snapshot.frames) {
    const rows: NameRow[] = [];
    const rowBox = (i: number): Box => ({
      x: FRAME.x,
      y: y + FRAME.header + i * FRAME.row,
      w: FRAME.width,
      h: FRAME.row,
    });
    // A shared object drawn inline (SceneMarks.inlineValues) shows its value beside the name.
    const note = (target: number) => {
      if (byId.has(target)) return '';
      const view = views.get(target);
      if (view?.interned) return truncate(pillText(view.repr), NOTE_CHARS);
      return view?.kind === 'class' ? 'class' : 'not drawn';
    };
    // Only a module-level name can be rebound by a statement a gesture makes.
    const draggable = !readOnly && frame.kind !== 'call';
    for (const n of frame.names) {
      rows.push({
        key: `${frame.id}:name:${n.name}`,
        frameId: frame.id,
        label: n.name,
        ariaLabel: `name ${n.name}`,
        target: n.target,
        hidden: !byId.has(n.target),
        note: note(n.target),
        item: { kind: 'name', frameId: frame.id, name: n.name, target: n.target },
        draggable,
        stack: false,
        box: rowBox(rows.length),
      });
    }
    frame.stack.forEach((target, i) => {
      rows.push({
        key: `${frame.id}:stack:${i}`,
        frameId: frame.id,
        label: `stack[${i}]`,
        ariaLabel: `stack slot ${i}`,
        target,
        hidden: !byId.has(target),
        note: note(target),
        item: { kind: 'object', id: target },
        draggable: false,
        stack: true,
        box: rowBox(rows.length),
      });
    });
    const h = FRAME.header + Math.max(1, rows.length) * FRAME.row + 8;
    panels.push({
      id: frame.id,
      kind: frame.kind,
      title: frameTitle(frame),
      ariaLabel: frameName(frame),
      box: { x: FRAME.x, y, w: FRAME.width, h },
      rows,
    });
    y += h + FRAME.gap;
  }
  return panels;
}

/** What a panel's header says: "Globals", "REPL", or the call in progress, "f()". */
function frameTitle(frame: FrameView): string {
  return frame.kind === 'call' ? `${truncate(frame.title, TITLE_CHARS - 2)}()` : frame.title;
}

/**
 * A panel's accessible name: `frame <module>` for the globals (the name CPython gives the module's
 * code), `frame f` for a call of f, and "REPL frame" for the console's own holders.
 */
export function frameName(frame: Pick<FrameView, 'kind' | 'title'>): string {
  switch (frame.kind) {
    case 'globals':
      return 'frame <module>';
    case 'call':
      return `frame ${frame.title}`;
    case 'repl':
      return `${frame.title} frame`;
  }
}
