/**
 * How Python code can name an object: the shortest expression that starts at a name in Globals
 * and follows the references the snapshot shows (`a[1]`, `n1.next`, `d['k']`), or a literal for
 * the interpreter's shared objects (`None`, `3`, `'n1'`). An object with neither can't be touched
 * from Python at all (a cycle nobody names), and the UI says so instead of offering an action.
 */
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while ' +
    'with yield'
  ).split(' '),
);

export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) && !KEYWORDS.has(text);
}

/** The frame whose names Python statements see: the `__main__` module's namespace. */
export function globalsFrame(snapshot: HeapSnapshot) {
  return snapshot.frames.find((f) => f.kind === 'globals') ?? null;
}

/** Shortest expression for every object a Globals name reaches, breadth first, names in order. */
export function pythonPaths(snapshot: HeapSnapshot): Map<number, string> {
  const paths = new Map<number, string>();
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]));
  const queue: number[] = [];
  for (const n of globalsFrame(snapshot)?.names ?? []) {
    if (!isIdentifier(n.name) || paths.has(n.target)) continue;
    paths.set(n.target, n.name);
    queue.push(n.target);
  }
  for (let i = 0; i < queue.length; i++) {
    const holder = byId.get(queue[i]!);
    if (!holder) continue;
    const base = paths.get(holder.id)!;
    for (const ref of holder.refs) {
      if (paths.has(ref.target)) continue;
      const access = accessor(holder, ref.slot);
      if (access === null) continue;
      paths.set(ref.target, `${base}${access}`);
      queue.push(ref.target);
    }
  }
  return paths;
}

/**
 * The text that follows a holder's expression to reach one of its slots: "[1]", "['k']", ".next";
 * null for a slot Python can't index this way (a dict's key, a cut-short repr).
 */
export function accessor(holder: ObjectView, slot: string): string | null {
  if (slot.includes('…')) return null;
  if (slot.startsWith('[') && slot.endsWith(']')) return slot;
  if (slot.startsWith('.') && isIdentifier(slot.slice(1))) return slot;
  if (/^__\w+__$/.test(slot)) return `.${slot}`;
  // A namespace dict (a module's or an instance's __dict__) lists its values by bare name.
  if (holder.kind === 'dict' && isIdentifier(slot)) return `[${pythonString(slot)}]`;
  return null;
}

/** A literal that evaluates to this very object: only for the interpreter's shared objects. */
export function literalFor(view: ObjectView): string | null {
  if (!view.interned) return null;
  if (['int', 'str', 'NoneType', 'bool'].includes(view.type)) return view.repr;
  return null;
}

/** How Python can name `id` in this heap, or null if it can't. */
export function expressionFor(
  snapshot: HeapSnapshot,
  id: number,
  paths: Map<number, string> = pythonPaths(snapshot),
): string | null {
  // `a.append(5)` reads better than `a.append(a[1])`, and is the same object.
  const view = snapshot.objects.find((o) => o.id === id);
  const literal = view ? literalFor(view) : null;
  return literal ?? paths.get(id) ?? null;
}

/** A str literal for any text, as Python's repr writes it (single quotes unless the text has one). */
export function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

/** A short way to mention an object in a message: its name path, or its type and repr. */
export function describeObject(view: ObjectView, paths?: Map<number, string>): string {
  const path = paths?.get(view.id);
  if (path) return path;
  const repr = view.repr.length > 30 ? `${view.repr.slice(0, 29)}…` : view.repr;
  return `${view.type} ${repr}`;
}
