# Inside an except block the traceback's frames still hold the locals of the functions the
# exception came from: sys.getrefcount counts those references.
import sys


class Node:
    def __init__(self, value):
        self.value = value

    def __del__(self):
        print("del node", self.value)


shared = Node("shared")


def use(node):
    alias = node
    print("in use:", sys.getrefcount(node))
    raise RuntimeError("failed")


def caller():
    try:
        use(shared)
    except RuntimeError:
        print("in the except block:", sys.getrefcount(shared))
    print("after the except block:", sys.getrefcount(shared))


caller()
print("at module level:", sys.getrefcount(shared))
try:
    use(shared)
except RuntimeError as e:
    print("module except:", sys.getrefcount(shared))
    kept = e
print("kept exception:", sys.getrefcount(shared))
del kept
print("released:", sys.getrefcount(shared))


def make_and_fail():
    temporary = Node("temporary")
    raise KeyError("k")


try:
    make_and_fail()
except KeyError as e:
    print("handler runs while the temporary lives")
print("handler over")
