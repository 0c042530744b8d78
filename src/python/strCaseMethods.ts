/**
 * The str methods that change or test letter case beyond upper/lower, and the character-class
 * tests JavaScript's Unicode data answers as CPython's does: title, capitalize, swapcase,
 * casefold, istitle, isidentifier, isprintable. Their results are new strings even of one
 * character (case_operation writes a new buffer), '' the shared empty string.
 *
 * JavaScript has the same full case mappings as CPython (SpecialCasing's unconditional ones) but
 * no titlecase mapping, no case folding and no final-sigma rule per character; a string needing
 * one of those (outside the cases handled here) is refused rather than answered differently.
 */
import type { PyObject } from '../engine';
import type { Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import type { MethodFn } from './methods';
import { built, noArguments, selfStr } from './strArgs';

/** The receiver's text, once the call was checked to pass no arguments. */
function textOf(interp: Interpreter, name: string, args: PyObject[], kw: Kw): string {
  noArguments(interp, name, args, kw);
  const text = selfStr(args).value;
  interp.charge(text.length);
  return text;
}

const CASED = /^\p{Cased}$/u;
const UPPER = /^\p{Uppercase}$/u;
const LOWER = /^\p{Lowercase}$/u;
const TITLE = /^\p{Lt}$/u;

/**
 * Code points whose titlecase is not their uppercase (the DŽ/LJ/NJ/DZ digraphs, ligatures, Greek
 * with ypogegrammeni, Armenian ech-yiwn) or whose lowercase depends on context (capital sigma):
 * refused where the method would map them.
 */
function needsData(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (
    (cp >= 0x1c4 && cp <= 0x1cc) ||
    (cp >= 0x1f1 && cp <= 0x1f3) ||
    cp === 0x3a3 ||
    cp === 0x587 ||
    (cp >= 0x1f80 && cp <= 0x1fff) ||
    (cp >= 0xfb00 && cp <= 0xfb17)
  );
}

function refuse(interp: Interpreter, name: string, c: string): never {
  throw new NotSupported(
    `str.${name}() of a string containing ${JSON.stringify(c)} (its Unicode case data)`,
    interp.frame?.lineno ?? 0,
  );
}

/** The titlecase of one code point: its uppercase, but 'ß' is 'Ss' (its titlecase mapping). */
function toTitle(interp: Interpreter, name: string, c: string): string {
  if (c.charCodeAt(0) < 0x80) return c.toUpperCase();
  if (needsData(c)) refuse(interp, name, c);
  if (c === 'ß') return 'Ss';
  return c.toUpperCase();
}

function toLower(interp: Interpreter, name: string, c: string): string {
  if (c.charCodeAt(0) < 0x80) return c.toLowerCase();
  if (needsData(c)) refuse(interp, name, c);
  return c.toLowerCase();
}

function toUpper(interp: Interpreter, name: string, c: string): string {
  if (c.charCodeAt(0) < 0x80) return c.toUpperCase();
  if (needsData(c)) refuse(interp, name, c);
  return c.toUpperCase();
}

/** do_title: a cased character after a cased one is lowered, any other titlecased. */
const title: MethodFn = (interp, args, kw) => {
  const text = textOf(interp, 'title', args, kw);
  let out = '';
  let previousCased = false;
  for (const c of text) {
    out += previousCased ? toLower(interp, 'title', c) : toTitle(interp, 'title', c);
    previousCased = CASED.test(c);
  }
  return built(interp, out);
};

/** do_capitalize: the first character titlecased, the rest lowered; '' is itself. */
const capitalize: MethodFn = (interp, args, kw) => {
  const text = textOf(interp, 'capitalize', args, kw);
  if (text === '') return interp.heap.newStr('');
  const [first, ...rest] = [...text];
  const out =
    toTitle(interp, 'capitalize', first!) +
    rest.map((c) => toLower(interp, 'capitalize', c)).join('');
  return built(interp, out);
};

/** do_swapcase: uppercase letters lowered, lowercase ones uppered, others kept. */
const swapcase: MethodFn = (interp, args, kw) => {
  const text = textOf(interp, 'swapcase', args, kw);
  let out = '';
  for (const c of text) {
    if (UPPER.test(c)) out += toLower(interp, 'swapcase', c);
    else if (LOWER.test(c)) out += toUpper(interp, 'swapcase', c);
    else out += c;
  }
  return built(interp, out);
};

/**
 * casefold: lowercase for ASCII and Latin-1 (where folding is lowering but for 'ß' and 'µ');
 * other characters need CaseFolding.txt, so a string with one is refused.
 */
const casefold: MethodFn = (interp, args, kw) => {
  const text = textOf(interp, 'casefold', args, kw);
  let out = '';
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp < 0x80) out += c.toLowerCase();
    else if (c === 'ß') out += 'ss';
    else if (c === 'µ') out += 'μ';
    else if (cp < 0x100) out += c.toLowerCase();
    else refuse(interp, 'casefold', c);
  }
  return built(interp, out);
};

/** istitle: uppercase/titlecase only after uncased, lowercase only after cased, one cased. */
const istitle: MethodFn = (interp, args, kw) => {
  const text = textOf(interp, 'istitle', args, kw);
  let cased = false;
  let previousCased = false;
  for (const c of text) {
    if (UPPER.test(c) || TITLE.test(c)) {
      if (previousCased) return interp.heap.bool(false);
      previousCased = cased = true;
    } else if (LOWER.test(c)) {
      if (!previousCased) return interp.heap.bool(false);
      previousCased = cased = true;
    } else previousCased = false;
  }
  return interp.heap.bool(cased);
};

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

/** isidentifier: XID_Start or '_' first, XID_Continue after (no NFKC normalisation). */
const isidentifier: MethodFn = (interp, args, kw) => {
  const chars = [...textOf(interp, 'isidentifier', args, kw)];
  const ok =
    chars.length > 0 && XID_START.test(chars[0]!) && chars.every((c) => XID_CONTINUE.test(c));
  return interp.heap.bool(ok);
};

/** Not printable: other (Cc Cf Cs Co Cn) and separators (Zl Zp Zs) but the ASCII space. */
const UNPRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

const isprintable: MethodFn = (interp, args, kw) => {
  const text = textOf(interp, 'isprintable', args, kw);
  for (const c of text) if (c !== ' ' && UNPRINTABLE.test(c)) return interp.heap.bool(false);
  return interp.heap.bool(true);
};

export const STR_CASE_METHODS: Record<string, MethodFn> = {
  title,
  capitalize,
  swapcase,
  casefold,
  istitle,
  isidentifier,
  isprintable,
};
