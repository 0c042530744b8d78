/**
 * Short reprs for the view and for event labels. Unlike the interpreter's `repr`, these never run
 * Python code (no `__repr__` calls, no refcount changes), so drawing the heap cannot change it.
 */
import { formatFloat, intToString } from './numbers';
import {
  PyBool,
  PyBuiltin,
  PyDict,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyList,
  PyMemberDescriptor,
  PyModule,
  PyNone,
  PyObject,
  PyStr,
  PyTuple,
  PyType,
} from './objects';

/** Py_UNICODE_ISPRINTABLE is false for these categories (the space excepted). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** The repr of a str as CPython prints it: single quotes unless the text has one and no double. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x7f && c >= 0x20) out += ch;
    else if (!NOT_PRINTABLE.test(ch)) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** A repr of at most about `budget` characters, with `...` for what does not fit or recurses. */
export function displayRepr(o: PyObject, budget = 40): string {
  const out = { text: '', budget };
  write(o, out, new Set());
  return out.text.length > budget ? out.text.slice(0, Math.max(0, budget - 1)) + '…' : out.text;
}

interface Out {
  text: string;
  budget: number;
}

function write(o: PyObject, out: Out, seen: Set<PyObject>): void {
  if (out.text.length > out.budget) return;
  if (o instanceof PyNone) out.text += 'None';
  else if (o instanceof PyBool) out.text += o.value ? 'True' : 'False';
  else if (o instanceof PyInt) out.text += intToString(o.value);
  else if (o instanceof PyFloat) out.text += formatFloat(o.value);
  else if (o instanceof PyStr) out.text += strRepr(o.value);
  else if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict) {
    writeContainer(o, out, seen);
  } else if (o instanceof PyModule) out.text += `<module '${o.name}'>`;
  else if (o instanceof PyType) out.text += `<class '${o.name}'>`;
  else if (o instanceof PyBuiltin) out.text += `<built-in function ${o.name}>`;
  else if (o instanceof PyFunction) out.text += `<function ${o.qualname}>`;
  else if (o instanceof PyMemberDescriptor)
    out.text += `<member '${o.name}' of '${o.owner?.name ?? '?'}' objects>`;
  else if (o instanceof PyInstance && o.args) {
    out.text += `${o.type.name}(`;
    o.args.items.forEach((a, i) => {
      if (i > 0) out.text += ', ';
      write(a, out, seen);
    });
    out.text += ')';
  } else out.text += `<${o.type.name} object>`;
}

function writeContainer(o: PyList | PyTuple | PyDict, out: Out, seen: Set<PyObject>): void {
  const [open, close] = o instanceof PyList ? '[]' : o instanceof PyTuple ? '()' : '{}';
  if (seen.has(o)) {
    out.text += open + '...' + close;
    return;
  }
  seen.add(o);
  out.text += open;
  let first = true;
  if (o instanceof PyDict) {
    for (const e of o.liveEntries()) {
      if (!first) out.text += ', ';
      first = false;
      write(e.key, out, seen);
      out.text += ': ';
      write(e.value, out, seen);
      if (out.text.length > out.budget) break;
    }
  } else {
    for (const item of o.items) {
      if (!first) out.text += ', ';
      first = false;
      write(item, out, seen);
      if (out.text.length > out.budget) break;
    }
    if (o instanceof PyTuple && o.items.length === 1) out.text += ',';
  }
  out.text += close;
  seen.delete(o);
}
