/**
 * Where a share link keeps its session in a page's address: the hash parameter `s` (`#s=…`).
 * These read and strip it without decoding it, so the page can tell whether it was given a
 * session before it loads the codec (shareLink.ts) that opens one.
 */

/** The hash parameter that holds the session. */
export const SHARE_PARAM = 's';

/** `href` without its share parameter (and without the hash if nothing else was in it). */
export function withoutShare(href: string): string {
  const at = href.indexOf('#');
  if (at < 0) return href;
  const rest = href
    .slice(at + 1)
    .split('&')
    .filter((part) => part !== '' && !part.startsWith(`${SHARE_PARAM}=`));
  return rest.length ? `${href.slice(0, at)}#${rest.join('&')}` : href.slice(0, at);
}

/** The encoded session in a page's hash, null when it holds none. */
export function shareParam(hash: string): string | null {
  const parts = (hash.startsWith('#') ? hash.slice(1) : hash).split('&');
  const part = parts.find((p) => p.startsWith(`${SHARE_PARAM}=`));
  return part === undefined ? null : part.slice(SHARE_PARAM.length + 1);
}
