/** Text helpers for the canvas: addresses, truncation to a width, accessible names. */

export function hexAddress(id: number): string {
  return `0x${id.toString(16)}`;
}

/** At most `max` characters; a cut is marked with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** Sign and magnitude as people write them: "+1", "−1" (a real minus sign). */
export function signed(delta: number): string {
  return delta >= 0 ? `+${delta}` : `\u2212${-delta}`;
}
