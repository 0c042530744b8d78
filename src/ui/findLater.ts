/**
 * Find object and the overview map, loaded apart (later.ts): the first heap needs neither, and
 * the first load keeps within its budget (scripts/bundle-size.mjs). FindParts.tsx draws a
 * placeholder of the same size until they come.
 */
export { FindObject } from './FindObject';
export { OverviewMap } from './OverviewMap';
