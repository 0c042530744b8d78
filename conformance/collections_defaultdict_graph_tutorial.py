# A tutorial-style graph: adjacency lists in a defaultdict(list); nodes that point at each other
# form cycles that reference counting cannot free, so gc.collect() finds them.
from collections import defaultdict
import gc
import pprint
import sys

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Node({self.name!r})'
    def __del__(self):
        print('  freed', self.name)

def build():
    nodes = {name: Node(name) for name in 'abcd'}
    edges = defaultdict(list)
    for src, dst in [('a', 'b'), ('b', 'c'), ('c', 'a'), ('c', 'd')]:
        edges[src].append(nodes[dst])
    for node in nodes.values():
        node.edges = edges
    return edges

gc.collect()
graph = build()
print(len(graph), sorted(graph))
print(sys.getrefcount(graph))
pprint.pprint(graph, width=60)
print(gc.is_tracked(graph), type(graph).__name__)
missing = graph['lonely']
missing.append(Node('lonely'))
print(missing, len(graph))
print('drop the graph')
del graph, missing
print('collected', gc.collect() > 0)

# The factory is held by the defaultdict: a cycle through the factory is found too.
def make():
    box = defaultdict(lambda: box)
    box['self']
    return box
b = make()
print(b['self'] is b, sys.getrefcount(b))
del b
print('collected', gc.collect())
print('end')
