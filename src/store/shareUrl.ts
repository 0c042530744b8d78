/**
 * Share links in a page's address: the session goes in the hash (`#s=…`), which browsers never
 * send to a server, so a shared session stays between the people who have the link.
 */
import type { ProfileName } from '../engine/profiles';
import type { TranscriptEntry } from './transcript';
import {
  decodeShareLink,
  encodeShareLink,
  type LinkProblem,
  type SharedSession,
  type ViewSettings,
} from './shareLink';

/** The hash parameter that holds the session. */
export const SHARE_PARAM = 's';

/** What a page's address carried: a session to open, or a link that was refused. */
export type SharedLink =
  | { readonly kind: 'session'; readonly session: SharedSession }
  | { readonly kind: 'refused'; readonly problem: LinkProblem; readonly message: string };

/** What a link is made from: the session's history and the view it is shown in. */
export interface ShareSource {
  readonly transcript: readonly Pick<TranscriptEntry, 'source' | 'origin' | 'stop'>[];
  readonly position: number;
  readonly profile: ProfileName;
  readonly view: ViewSettings;
}

export type ShareUrl =
  | { readonly ok: true; readonly url: string; readonly session: SharedSession }
  | { readonly ok: false; readonly message: string };

/** The address that opens `state` anywhere: this page's address with the session in its hash. */
export function shareUrl(state: ShareSource, location: { readonly href: string }): ShareUrl {
  const session: SharedSession = {
    statements: state.transcript.map((e) => ({
      source: e.source,
      origin: e.origin === 'canvas' ? 'canvas' : 'console',
      stop: e.stop ?? null,
    })),
    position: state.position,
    profile: state.profile,
    view: state.view,
  };
  const encoded = encodeShareLink(session);
  if (!encoded.ok) return encoded;
  const base = withoutShare(location.href);
  const joint = base.includes('#') ? '&' : '#';
  return { ok: true, url: `${base}${joint}${SHARE_PARAM}=${encoded.text}`, session };
}

/** The shared session in a page's hash (`#s=…`), null when it holds none. */
export function sharedFromHash(hash: string): SharedLink | null {
  const text = shareParam(hash);
  if (text === null) return null;
  const decoded = decodeShareLink(text);
  return decoded.ok
    ? { kind: 'session', session: decoded.session }
    : { kind: 'refused', problem: decoded.problem, message: decoded.message };
}

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

function shareParam(hash: string): string | null {
  const parts = (hash.startsWith('#') ? hash.slice(1) : hash).split('&');
  const part = parts.find((p) => p.startsWith(`${SHARE_PARAM}=`));
  return part === undefined ? null : part.slice(SHARE_PARAM.length + 1);
}
