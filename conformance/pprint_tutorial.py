# A tutorial-style pprint: a heap inventory wider than 80 columns, printed as pprint wraps it,
# and the same report as pformat text; pprint holds no reference once it returns.
import pprint
import sys

class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __repr__(self):
        return f'Node({self.name!r}, children={len(self.children)})'
    def __del__(self):
        print('freed', self.name)

leaves = [Node(f'leaf-{i}') for i in range(4)]
root = Node('root', leaves)
inventory = {
    'root': root,
    'leaves': leaves,
    'refcounts': {n.name: sys.getrefcount(n) for n in leaves},
    'config': {'gc_thresholds': (700, 10, 10), 'debug_flags': ['DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE']},
    'history': [list(range(i, i + 12)) for i in range(0, 36, 12)],
    'note': 'reference counting frees most objects at once; the cycle collector finds the rest when cycles keep them alive',
}
pprint.pprint(inventory)
print(sys.getrefcount(root), sys.getrefcount(leaves))

report = pprint.pformat(inventory['config'], width=40)
print(report)
print(report.count('\n'), len(report))
pprint.pprint(inventory, depth=1)
pprint.pprint(inventory['history'], compact=True, width=50)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 30})
del inventory, root, leaves
print('end')
