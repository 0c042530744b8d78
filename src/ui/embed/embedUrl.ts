/**
 * Whether the page is an embed, and where an embed keeps its session: all the page needs before
 * it knows it is one (the rest of an embed's options, embedOptions.ts, load only in an embed).
 */

/** Is this page an embed (`embed=1`)? */
export function isEmbed(search: string): boolean {
  const v = new URLSearchParams(search).get('embed');
  return v === '1' || v === 'true';
}

/** The storage name of an embed's session. */
export function embedStorageName(id: string): string {
  return `heapscope.embed.${id}`;
}
