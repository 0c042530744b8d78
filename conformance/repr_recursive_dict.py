d = {"k": 1}
d["self"] = d
print(d)
e = {"inner": [d]}
print(e)
l = [d]
d["list"] = l
print(d)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node" + repr(self.children)
n = Node()
n.children.append([n.children])
print(n)
print(f"{d!r}" == repr(d))
d.clear()
n.children.clear()
print(d, e)
