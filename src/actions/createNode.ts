import { instanceAction } from './createInstance';

/** Palette: `n1 = Node('n1')`, a node with a `next` reference to link up. */
export const createNode = instanceAction('Node', 'n');
