import { instanceAction } from './createInstance';

/** Palette: `f1 = Finalized('f1')`, whose `__del__` prints when it dies. */
export const createFinalized = instanceAction('Finalized', 'f');
