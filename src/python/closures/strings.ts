/** Closures of f-strings (ir/strings.ts). */
import { PyInt, PyStr, STACK } from '../../engine';
import type { Ev } from '../frame';
import { formatField } from '../formatField';
import type { FormatExpr } from '../ir/strings';
import type { Builders } from './backend';

/** Literal text, or a field's closure with its conversion and spec. */
type Part = string | { readonly value: Ev; readonly conv: string | null; readonly spec: string };

export const STRING_EXPRS: Builders<FormatExpr, Ev> = {
  formatValue: (n, b) => {
    const field = b.expr(n.value);
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      const v = field(f);
      if (v instanceof PyStr) return v;
      f.stack.push(v);
      const text = formatField(interp, v, null, '');
      f.stack.pop();
      h.decref(v, STACK);
      return v instanceof PyInt ? h.freshStr(text) : h.newStr(text);
    };
  },
  joinedStr: (n, b) => {
    const parts: Part[] = n.parts.map((p) =>
      p.k === 'text' ? p.text : { value: b.expr(p.value), conv: p.conv, spec: p.spec },
    );
    const interp = b.interp;
    const h = b.heap;
    return (f) => {
      let out = '';
      for (const p of parts) {
        if (typeof p === 'string') {
          out += p;
          continue;
        }
        const v = p.value(f);
        f.stack.push(v);
        out += formatField(interp, v, p.conv, p.spec);
        f.stack.pop();
        h.decref(v, STACK);
      }
      return h.newStr(out);
    };
  },
};
