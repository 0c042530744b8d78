/**
 * What a card says it holds, derived from the snapshot alone: an instance its attributes' values
 * (`name='122' next=None`), a set its members, a function its qualified name, a weakref its
 * referent, a frame its code and line (the last three are the engine's short reprs). The text is
 * wrapped onto the card's lines; what identifies an object (its type, a function's name) is
 * wrapped, never cut, and anything cut stays whole in the card's hover title and accessible name.
 */
import type { ObjectView } from '../engine/snapshot';
import { truncate } from './format';

/** Height of each further line of a card's header or body. */
export const CARD_LINE = 15;

/** Longest short repr of an attribute's value on a card (`'a long s…'`, `[1, 2, …]`). */
const VALUE_CHARS = 14;

/**
 * The text of a card's body: an instance's attributes, a weakref's referent, else the repr. An
 * instance with no attributes (or an exception, whose repr shows its args) keeps its repr.
 */
export function cardValue(view: ObjectView, views: ReadonlyMap<number, ObjectView>): string {
  if (view.kind === 'weakref') return weakrefValue(view, views);
  if (view.kind === 'weakcontainer') return weakRows(view, views);
  if (view.kind === 'instance') return instanceValue(view, views) ?? view.repr;
  return view.repr;
}

/**
 * `name='122' next=None`: each attribute (a `.x` reference, or an entry of a materialised
 * `__dict__`) with its value's short repr, in the instance's order; ` …` when the snapshot listed
 * only the first of them. Null for an instance without attributes, or an exception.
 */
function instanceValue(view: ObjectView, views: ReadonlyMap<number, ObjectView>): string | null {
  if (view.refs.some((r) => r.slot === '.args')) return null;
  const parts: string[] = [];
  let cut = view.refs.length < view.refTotal;
  for (const ref of view.refs) {
    if (ref.slot.startsWith('.')) {
      parts.push(`${ref.slot.slice(1)}=${shortValue(views.get(ref.target))}`);
    } else if (ref.slot === '__dict__') {
      const dict = views.get(ref.target);
      if (!dict) continue;
      for (const entry of dict.refs) {
        const key = /^\['(.*)'\]$/.exec(entry.slot);
        if (key) parts.push(`${key[1]}=${shortValue(views.get(entry.target))}`);
      }
      if (dict.refs.length < dict.refTotal) cut = true;
    }
  }
  if (parts.length === 0) return null;
  return cut ? `${parts.join(' ')} …` : parts.join(' ');
}

/**
 * A weak reference says what it refers to as CPython's repr does (`<weakref to 'Node'>`), or
 * that it is dead; other weakref-like objects (a WeakMethod, a proxy) keep their repr.
 */
function weakrefValue(view: ObjectView, views: ReadonlyMap<number, ObjectView>): string {
  if (!view.repr.startsWith('<ReferenceType')) return view.repr;
  const to = view.refs.find((r) => r.weak);
  if (!to) return '<weakref; dead>';
  return `<weakref to '${views.get(to.target)?.type ?? 'object'}'>`;
}

/**
 * A WeakValueDictionary's, WeakKeyDictionary's or WeakSet's live rows (`{'a': <Node>}`,
 * `{<Node>}`): its repr names only its type, which the header shows already.
 */
function weakRows(view: ObjectView, views: ReadonlyMap<number, ObjectView>): string {
  const rows: string[] = [];
  for (const ref of view.refs) {
    const key = /^\[(.*)\]$/.exec(ref.slot);
    if (key) rows.push(`${key[1]}: ${shortValue(views.get(ref.target))}`);
    else if (ref.slot === 'member') rows.push(shortValue(views.get(ref.target)));
  }
  if (view.refs.length < view.refTotal) rows.push('…');
  return `{${rows.join(', ')}}`;
}

/**
 * A value as one attribute shows it: numbers, strings, None and booleans by their repr; another
 * instance as `<Node>`; a container abbreviated to its first items (`[1, 2, …]`); anything else
 * by its short repr if it is short, else `<type>`. `…` for an object the snapshot left out.
 */
export function shortValue(target: ObjectView | undefined): string {
  if (!target) return '…';
  if (target.kind === 'instance') return `<${target.type}>`;
  if (target.kind === 'value' || target.interned) return truncate(target.repr, VALUE_CHARS);
  if (target.kind === 'list' || target.kind === 'tuple' || target.kind === 'set') {
    return abbreviated(target.repr, VALUE_CHARS);
  }
  if (target.kind === 'dict') return abbreviated(target.repr, VALUE_CHARS);
  return target.repr.length <= VALUE_CHARS ? target.repr : `<${target.type}>`;
}

/**
 * A container's repr cut after its last item that fits, closed again: `[1, 2, 3, 4]` in 10
 * characters is `[1, 2, …]`. (Items holding commas may be cut inside; the result stays short.)
 */
export function abbreviated(repr: string, max: number): string {
  if (repr.length <= max && !repr.endsWith('…')) return repr;
  const open = /^(\w*\(?[[({])/.exec(repr)?.[1] ?? '';
  const close = closing(open);
  const room = max - open.length - close.length - 1;
  const body = repr.slice(open.length, open.length + Math.max(0, room));
  const lastComma = body.lastIndexOf(', ');
  const kept = lastComma > 0 ? body.slice(0, lastComma + 2) : '';
  return `${open}${kept}…${close}`;
}

function closing(open: string): string {
  const pairs: Record<string, string> = { '[': ']', '(': ')', '{': '}' };
  return [...open]
    .reverse()
    .map((c) => pairs[c] ?? '')
    .join('');
}

/** Text set in lines: `lines` as drawn, and whether anything had to be left out. */
export interface Wrapped {
  readonly lines: readonly string[];
  readonly cut: boolean;
}

/**
 * `text` in at most `maxLines` lines of at most `width` characters, broken after spaces where it
 * can (between attributes, after `<function`), else inside a word where a new part starts
 * (`WeakValue|Dictionary`, `Item.|__init__`), else anywhere; the last line ends with `…` if
 * more was left.
 */
export function wrapText(text: string, width: number, maxLines: number): Wrapped {
  const lines: string[] = [];
  let rest = text;
  let lastStart = rest;
  while (rest.length > 0 && lines.length < maxLines) {
    lastStart = rest;
    if (rest.length <= width) {
      lines.push(rest);
      rest = '';
      break;
    }
    const at = breakAt(rest, width);
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length === 0) return { lines, cut: false };
  // The last line runs on to the end, cut: what it leaves is in the hover title.
  lines[lines.length - 1] = truncate(lastStart, width);
  return { lines, cut: true };
}

/**
 * Where to end a line of `text` at most `width` long (always at least one character): at its
 * last space, or the one before if that would leave a stub of two characters (`line` / `5>`).
 */
function breakAt(text: string, width: number): number {
  let space = text.lastIndexOf(' ', width);
  if (space > 0 && text.length - space - 1 <= 2) {
    const earlier = text.lastIndexOf(' ', space - 1);
    if (earlier > 0) space = earlier;
  }
  if (space > 0) return space + 1;
  // A new part of a name: a capital after a lower-case letter, or after a dot.
  for (let i = width; i > width / 3; i--) {
    const before = text[i - 1]!;
    const here = text[i]!;
    if (before === '.' || (/[a-z0-9]/.test(before) && /[A-Z]/.test(here))) return i;
  }
  return width;
}
