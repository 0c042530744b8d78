# An expression statement with commas is one tuple: every part is evaluated, left to right.
import sys

def f(tag):
    print("called", tag)
    return tag

f("a"), f("b")
x = []
x, sys.getrefcount(x)
print(sys.getrefcount(x))
