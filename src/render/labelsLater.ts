/**
 * The label placement's code (labelLayout.ts), loaded once per page after the first load: until
 * it has come, `labelLayout()` is null, runs show no label and tags stand where they prefer.
 */
import { lateCode } from './lateCode';

const late = lateCode(() => import('./labelLayout'));

export const loadLabelLayout = late.load;
export const labelLayout = late.now;
