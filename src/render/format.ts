/** Text helpers for the canvas: addresses, truncation to a width, accessible names. */

export function hexAddress(id: number): string {
  return `0x${id.toString(16)}`;
}

/**
 * The address Python prints for an object (`id()`, reprs). The view keys objects by `id`, which
 * is never given to another object; Python's address may be reused once the object is freed.
 */
export function pythonAddress(view: { readonly id: number; readonly address?: number }): string {
  return hexAddress(view.address ?? view.id);
}

/** At most `max` characters; a cut is marked with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * What a pill shows: the repr, except that `<module 'sys'>`-style reprs (modules, classes) show
 * just the quoted name, which is what people call them; the accessible name keeps the full repr.
 */
export function pillText(repr: string): string {
  const named = /^<\w+ '([^']+)'>$/.exec(repr);
  return named ? named[1]! : repr;
}

/** Sign and magnitude as people write them: "+1", "−1" (a real minus sign), "+100,000". */
export function signed(delta: number): string {
  return delta >= 0 ? `+${grouped(delta)}` : `\u2212${grouped(-delta)}`;
}

/** A count with thousands separators: "100,000" (toLocaleString costs 10 µs a call). */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
