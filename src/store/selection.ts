/**
 * What the person has selected on the canvas (or in the inspector): an object, a name in a frame,
 * or one reference held in an object's slot (an arrow). Actions read it to decide what applies:
 * Delete on a name is `del b`, on a reference `del a[1]`.
 */
export type Selection =
  | { readonly kind: 'object'; readonly id: number }
  | {
      readonly kind: 'name';
      readonly frameId: number;
      readonly name: string;
      readonly target: number;
    }
  | {
      readonly kind: 'ref';
      readonly holderId: number;
      /** The slot as the snapshot names it: "[1]", "['k']", ".next". */
      readonly slot: string;
      readonly target: number;
    };

/** The object the inspector shows for a selection: the object itself, or what the name or arrow points to. */
export function inspectedObject(selection: Selection | null): number | null {
  if (!selection) return null;
  return selection.kind === 'object' ? selection.id : selection.target;
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return selectionKey(a) === selectionKey(b);
}

/** A stable string for a selection, e.g. "name:7f…:a", used as a key and for comparison. */
export function selectionKey(s: Selection): string {
  switch (s.kind) {
    case 'object':
      return `object:${s.id}`;
    case 'name':
      return `name:${s.frameId}:${s.name}`;
    case 'ref':
      return `ref:${s.holderId}:${s.slot}`;
  }
}
