/**
 * Binding a call's arguments to a Python function's parameters: CPython 3.11's
 * `initialize_locals` (Python/ceval.c), step for step, because its order is visible. The
 * `**kwargs` dict is made first, positional arguments move into their slots, the rest are packed
 * (stolen) into the `*args` tuple or released, then keywords go to their slots or into `**kwargs`,
 * and only then are the counts checked and the defaults copied in. On an error every reference
 * the frame has not taken yet is released here; the caller clears the frame's slots.
 *
 * This loads with the library (the app's setup calls no function): the core reaches it through
 * bindArguments.ts, for every call but one with exactly the positional arguments it takes.
 */
import { PyStr, STACK, type PyDict, type PyFunction, type PyObject } from '../engine';
import type { CodeUnit, Signature } from './frame';
import type { Interpreter } from './interpreter';

/** The signature of code compiled before signatures existed: plain positional parameters. */
function signatureOf(code: CodeUnit): Signature {
  return (
    code.signature ?? {
      argCount: code.paramCount,
      posOnlyCount: 0,
      kwOnlyCount: 0,
      varArgs: false,
      varKw: false,
    }
  );
}

/**
 * Moves `args` (owned: positional ones, then one per name in `kwnames`) into `fast`, packing
 * `*args` and `**kwargs`, adding defaults; raises CPython's TypeError for a call that does not fit.
 */
export function bindArguments(
  interp: Interpreter,
  func: PyFunction,
  code: CodeUnit,
  fast: (PyObject | null)[],
  args: PyObject[],
  kwnames: readonly string[] | null,
): void {
  const h = interp.heap;
  const sig = signatureOf(code);
  const names = code.localNames;
  const totalArgs = sig.argCount + sig.kwOnlyCount;
  const qualname = func.qualname;
  const kwcount = kwnames ? kwnames.length : 0;
  const argcount = args.length - kwcount;

  let kwdict: PyDict | null = null;
  if (sig.varKw) {
    kwdict = h.newDict();
    fast[totalArgs + (sig.varArgs ? 1 : 0)] = kwdict;
  }

  const n = Math.min(argcount, sig.argCount);
  for (let j = 0; j < n; j++) fast[j] = args[j]!;

  if (sig.varArgs) {
    // _PyTuple_FromArraySteal (the shared empty tuple when nothing is left over).
    fast[totalArgs] = h.newTuple(args.slice(n, argcount));
  } else {
    // Too many positional arguments: reported below, after the keywords.
    for (let j = n; j < argcount; j++) h.decref(args[j]!, STACK);
  }

  for (let i = 0; i < kwcount; i++) {
    const keyword = kwnames![i]!;
    const value = args[argcount + i]!;
    let error: string;
    let j = sig.posOnlyCount;
    while (j < totalArgs && names[j] !== keyword) j++;
    if (j < totalArgs) {
      if (fast[j]) error = `${qualname}() got multiple values for argument '${keyword}'`;
      else {
        fast[j] = value;
        continue;
      }
    } else if (kwdict) {
      const key = h.newStr(keyword, true);
      h.dictSet(kwdict, key, value);
      h.decref(key);
      h.decref(value, STACK);
      continue;
    } else {
      error =
        positionalOnlyAsKeyword(sig, names, kwnames!, qualname) ??
        `${qualname}() got an unexpected keyword argument '${keyword}'`;
    }
    // kw_fail: this keyword's value and the ones after it are released.
    for (let k = i; k < kwcount; k++) h.decref(args[argcount + k]!, STACK);
    interp.raise('TypeError', error);
  }

  if (argcount > sig.argCount && !sig.varArgs) {
    interp.raise('TypeError', tooManyPositional(sig, func, fast, argcount));
  }

  if (argcount < sig.argCount) {
    const defs = func.defaults?.items ?? [];
    const m = sig.argCount - defs.length;
    const missing: string[] = [];
    for (let i = argcount; i < m; i++) if (!fast[i]) missing.push(names[i]!);
    if (missing.length) interp.raise('TypeError', formatMissing(qualname, 'positional', missing));
    for (let i = n > m ? n - m : 0; i < defs.length; i++) {
      if (!fast[m + i]) {
        h.incref(defs[i]!, STACK);
        fast[m + i] = defs[i]!;
      }
    }
  }

  if (sig.kwOnlyCount > 0) {
    const missing: string[] = [];
    for (let i = sig.argCount; i < totalArgs; i++) {
      if (fast[i]) continue;
      const def = func.kwdefaults ? kwDefault(func.kwdefaults, names[i]!) : undefined;
      if (def) {
        h.incref(def, STACK);
        fast[i] = def;
      } else missing.push(names[i]!);
    }
    if (missing.length) interp.raise('TypeError', formatMissing(qualname, 'keyword-only', missing));
  }
}

/** `__kwdefaults__[name]`, borrowed (its keys are the parameters' names). */
function kwDefault(d: PyDict, name: string): PyObject | undefined {
  for (const e of d.liveEntries()) {
    if (e.key instanceof PyStr && e.key.value === name) return e.value;
  }
  return undefined;
}

/** positional_only_passed_as_keyword: the names given by keyword that are positional-only. */
function positionalOnlyAsKeyword(
  sig: Signature,
  names: readonly string[],
  kwnames: readonly string[],
  qualname: string,
): string | null {
  if (sig.posOnlyCount === 0) return null;
  const posOnly = names.slice(0, sig.posOnlyCount);
  const given = posOnly.filter((p) => kwnames.includes(p));
  if (given.length === 0) return null;
  return (
    `${qualname}() got some positional-only arguments passed as keyword arguments: ` +
    `'${given.join(', ')}'`
  );
}

/** too_many_positional's message. */
function tooManyPositional(
  sig: Signature,
  func: PyFunction,
  fast: (PyObject | null)[],
  given: number,
): string {
  let kwonlyGiven = 0;
  for (let i = sig.argCount; i < sig.argCount + sig.kwOnlyCount; i++) if (fast[i]) kwonlyGiven++;
  const defcount = func.defaults?.items.length ?? 0;
  let plural: boolean;
  let takes: string;
  if (defcount) {
    plural = true;
    takes = `from ${sig.argCount - defcount} to ${sig.argCount}`;
  } else {
    plural = sig.argCount !== 1;
    takes = String(sig.argCount);
  }
  const kwonly = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  const verb = given === 1 && !kwonlyGiven ? 'was' : 'were';
  return `${func.qualname}() takes ${takes} positional argument${plural ? 's' : ''} but ${given}${kwonly} ${verb} given`;
}

/** format_missing: "f() missing 3 required positional arguments: 'a', 'b', and 'c'". */
function formatMissing(qualname: string, kind: string, missing: string[]): string {
  const quoted = missing.map((m) => `'${m}'`);
  const len = quoted.length;
  const list =
    len === 1
      ? quoted[0]!
      : len === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -2).join(', ')}, ${quoted[len - 2]}, and ${quoted[len - 1]}`;
  return `${qualname}() missing ${len} required ${kind} argument${len === 1 ? '' : 's'}: ${list}`;
}
