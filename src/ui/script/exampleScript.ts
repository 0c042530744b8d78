/**
 * The program the script pane starts with: short, and made to be stepped through. A call makes a
 * list and returns it (step into it to see its frame and its locals); then a loop prints the
 * list's refcount as another function sees it. Inside count() the module's frame holds the loop's
 * iterator and print's arguments so far on its value stack (its "stack" rows), and getrefcount
 * says 4: the name grid, the iterator, count's local obj, and getrefcount's own argument.
 */
export const EXAMPLE_SCRIPT = `import sys

def make(n):
    row = [n] * 3
    return row

def count(obj):
    return sys.getrefcount(obj)

grid = make(7)
for item in grid:
    print(item, count(grid))
`;
