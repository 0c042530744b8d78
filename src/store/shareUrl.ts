/**
 * Share links in a page's address: the session goes in the hash (`#s=…`), which browsers never
 * send to a server, so a shared session stays between the people who have the link.
 */
import type { ProfileName } from '../engine/profiles';
import { savedOrigin, type TranscriptEntry } from './transcript';
import {
  decodeShareLink,
  encodeShareLink,
  type LinkProblem,
  type SharedSession,
  type ViewSettings,
} from './shareLink';
import { SHARE_PARAM, shareParam, withoutShare } from './shareHash';

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
      origin: savedOrigin(e.origin),
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
