/**
 * Find object (the field in the canvas's bar) and the overview map (over the canvas), whose code
 * comes apart, right after the page's first render (findLater.ts). Until it has come the bar
 * shows the field and the Types button disabled, at their size: nothing moves when they come.
 */
import type { ComponentProps } from 'react';
import { later, useLater } from './later';
import './findObject.css';

const findParts = later(() => import('./findLater'));
type Find = typeof import('./findLater');

/** The parts' code, asked for on the first render where they are `wanted` (not in an embed). */
export function useFindParts(wanted: boolean): Find | null {
  return useLater(findParts, wanted);
}

export function LaterFindObject({
  code,
  ...props
}: { code: Find | null } & ComponentProps<Find['FindObject']>) {
  if (code) return <code.FindObject {...props} />;
  return (
    <div className="find-object" role="group" aria-label="Find">
      <input
        type="search"
        aria-label="Find object"
        placeholder="Find: objs[1], Node, 0x7f…"
        disabled
      />
      <div className="find-types">
        <button type="button" disabled>
          Types<span aria-hidden="true"> ▾</span>
        </button>
      </div>
    </div>
  );
}

export function LaterOverviewMap({
  code,
  ...props
}: { code: Find | null } & ComponentProps<Find['OverviewMap']>) {
  return code && <code.OverviewMap {...props} />;
}
