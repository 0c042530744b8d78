/**
 * Text packed small enough for a URL: UTF-8, compressed as a zlib stream (deflate), written in
 * base64url (letters, digits, `-` and `_`, nothing a URL has to escape).
 *
 * Unpacking trusts nothing. The text it is given may be cut short, changed by hand or made to be
 * harmful, so it never returns anything the packer did not make: the zlib stream's Adler-32
 * checksum must match what came out, and it stops inflating as soon as more than `maxBytes` came
 * out (a few kilobytes of deflate can expand to hundreds of megabytes). Each refusal says which
 * kind of damage it was, for the message a person sees.
 */
import { Inflate, zlibSync } from 'fflate';

export type PackProblem = 'corrupt' | 'truncated' | 'oversized';

export type UnpackResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: PackProblem | 'not-text'; readonly detail: string };

export interface UnpackLimits {
  /** Characters of packed text accepted at all. */
  readonly maxChars: number;
  /** Bytes of UTF-8 text that may come out. */
  readonly maxBytes: number;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Deflate's input is fed in slices this big, so one slice expands to at most about 1 MB. */
const SLICE = 1024;

export function packText(text: string): string {
  return toBase64Url(zlibSync(new TextEncoder().encode(text), { level: 9 }));
}

export function unpackText(packed: string, limits: UnpackLimits): UnpackResult {
  if (packed.length > limits.maxChars) {
    return refuse('oversized', `it is ${packed.length} characters long`);
  }
  const bytes = fromBase64Url(packed);
  if (bytes === 'bad-character') {
    return refuse('corrupt', 'it contains characters that a packed link never has');
  }
  if (bytes === 'cut') return refuse('truncated', 'its last characters are missing');
  // A zlib stream: a 2-byte header, the deflate data (2 bytes at least), the Adler-32 checksum.
  if (bytes.length < 8) return refuse('truncated', 'it is too short to hold anything');
  const cmf = bytes[0]!;
  const flg = bytes[1]!;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0 || flg & 0x20) {
    return refuse('corrupt', 'it does not start as a packed link does');
  }
  const inflated = inflateBounded(bytes.subarray(2, -4), limits.maxBytes);
  if (!inflated.ok) return inflated;
  const out = inflated.bytes;
  const end = bytes.length - 4;
  const stored =
    ((bytes[end]! << 24) | (bytes[end + 1]! << 16) | (bytes[end + 2]! << 8) | bytes[end + 3]!) >>>
    0;
  if (adler32(out) !== stored) {
    return refuse('corrupt', 'its checksum does not match what it holds');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(out) };
  } catch {
    return refuse('not-text', 'what it holds is not text');
  }
}

type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: PackProblem; readonly detail: string };

/** Inflates raw deflate data, refusing as soon as the output passes `maxBytes`. */
function inflateBounded(data: Uint8Array, maxBytes: number): Inflated {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += SLICE) {
      const last = at + SLICE >= data.length;
      inflate.push(data.subarray(at, at + SLICE), last);
      if (size > maxBytes) return refuse('oversized', `it unpacks to more than ${maxBytes} bytes`);
      if (last) break;
    }
  } catch (e) {
    // fflate's code 0 is "unexpected EOF": the data stopped before the stream's end.
    if ((e as { code?: unknown } | null)?.code === 0) {
      return refuse('truncated', 'its data stops before the end');
    }
    return refuse('corrupt', 'its data cannot be unpacked');
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}

function refuse<P extends PackProblem | 'not-text'>(problem: P, detail: string) {
  return { ok: false as const, problem, detail };
}

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the most bytes that can be summed before b could pass 2^32 (zlib's NMAX).
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(bytes.length, start + 5552);
    for (let i = start; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export function toBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
    for (let k = 0; k < chars; k++) line += ALPHABET[(n >> (18 - 6 * k)) & 63];
    if (line.length >= 4096) {
      parts.push(line);
      line = '';
    }
  }
  parts.push(line);
  return parts.join('');
}

/**
 * Strict base64url without padding: any other character is damage, and a length that leaves one
 * character over (no whole byte) can only be a text cut short.
 */
export function fromBase64Url(text: string): Uint8Array | 'bad-character' | 'cut' {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || VALUE[c]! < 0) return 'bad-character';
  }
  if (text.length % 4 === 1) return 'cut';
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = i + k < text.length ? VALUE[text.charCodeAt(i + k)]! : 0;
      n = (n << 6) | c;
    }
    for (let k = 0; k < 3 && at < bytes.length; k++) bytes[at++] = (n >> (16 - 8 * k)) & 255;
  }
  return bytes;
}
