# deepcopy of a tree whose nodes point back at their parents: the memo copies each node once,
# so the copy has the same shape (and the same cycles) as the original.
import copy
import gc
import sys


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __del__(self):
        print("freeing", self.name)

    def __repr__(self):
        return f"Node({self.name!r})"


gc.disable()
root = Node("root")
left = Node("left", root)
right = Node("right", root)
leaf = Node("leaf", left)
print("refs to root:", sys.getrefcount(root))
clone = copy.deepcopy(root)
print(clone, clone.children, clone.children[0].children)
print("same shape:", clone.children[0].parent is clone, clone.children[0].children[0].parent is clone.children[0])
print("new objects:", clone is not root, clone.children[0] is not left, clone.name is root.name)
print("refs to root after:", sys.getrefcount(root), "to the clone:", sys.getrefcount(clone))
print("refs to the copied leaf:", sys.getrefcount(clone.children[0].children[0]))
print("the originals' __dict__ are now real dicts:", gc.is_tracked(root.__dict__))
print("nothing to collect yet:", gc.collect())
del clone
print("the clone is a cycle: del frees nothing")
print("collected:", gc.collect())
shallow = copy.copy(root)
print(shallow.children is root.children, shallow.parent, sys.getrefcount(root.children))
del shallow
print("shallow copy freed by refcount")
del root, left, right, leaf
print("collected:", gc.collect())
gc.enable()
