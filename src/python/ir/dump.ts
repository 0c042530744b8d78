/**
 * A lowered program as text, one node per line with its simple fields, its nested nodes indented
 * under it: for tests, and for reading what the compiler made of a statement. For `x = a + 1`:
 *
 *   assign
 *     value: binary op="+"
 *       left: loadNs name="a" key='a' global=false
 *       right: const value=1
 *     targets[1]
 *       0: storeNs name="x" key='x' global=false
 *
 * Only plain objects are nodes; a heap object (a constant, an interned name) is shown by
 * `describe`, and another object (a code unit's constants table) by its class name.
 */
import type { PyObject } from '../../engine';

export function dumpIr(node: unknown, describe: (o: PyObject) => string): string {
  const out: string[] = [];
  const isFlat = (x: unknown): boolean =>
    Array.isArray(x) && x.every((y) => typeof y !== 'object' || y === null);
  const text = (x: unknown): string =>
    x && typeof x === 'object' && 'refcount' in x
      ? describe(x as PyObject)
      : (JSON.stringify(x) ?? String(x));
  const write = (label: string, v: unknown, depth: number): void => {
    const pad = '  '.repeat(depth);
    if (Array.isArray(v)) {
      if (isFlat(v)) {
        out.push(`${pad}${label}${text(v)}`);
        return;
      }
      out.push(`${pad}${label}[${v.length}]`);
      v.forEach((x, i) => write(`${i}: `, x, depth + 1));
      return;
    }
    if (typeof v !== 'object' || v === null || 'refcount' in v) {
      out.push(`${pad}${label}${text(v)}`);
      return;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) {
      out.push(`${pad}${label}<${(v as object).constructor?.name ?? 'object'}>`);
      return;
    }
    const fields = Object.entries(v as Record<string, unknown>).filter(([key]) => key !== 'k');
    const inline = (x: unknown): boolean =>
      typeof x !== 'object' || x === null || 'refcount' in x || isFlat(x);
    const simple = fields.filter(([, x]) => inline(x));
    const nested = fields.filter(([, x]) => !inline(x));
    const kind = 'k' in v ? String((v as { k: unknown }).k) : '';
    const attrs = simple.map(([key, x]) => `${key}=${text(x)}`).join(' ');
    out.push(`${pad}${label}${[kind, attrs].filter(Boolean).join(' ')}`.trimEnd());
    for (const [key, x] of nested) write(`${key}: `, x, depth + 1);
  };
  write('', node, 0);
  return out.join('\n');
}
