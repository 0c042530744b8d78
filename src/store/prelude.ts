/**
 * The classes every session starts with, so the palette can make instances: `Node` (a name and a
 * `next` reference, for linked structures and cycles) and `Finalized` (its `__del__` prints, so you
 * can see when an object really dies). They are ordinary Python, run through the interpreter like
 * any statement; the transcript shows them as the session's setup.
 */
export const NODE_CLASS = `class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        return f"Node({self.name!r})"
`;

export const FINALIZED_CLASS = `class Finalized:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ called for {self.name}")

    def __repr__(self):
        return f"Finalized({self.name!r})"
`;

export const PRELUDE: readonly string[] = [NODE_CLASS, FINALIZED_CLASS];
