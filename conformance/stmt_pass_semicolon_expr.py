import sys
x = 1; y = 2; print(x, y)
if x:
    pass
x
"a string expression statement"
[1, 2]; (x, y)
def f():
    pass
print(f())
class Empty:
    pass
e = Empty(); print(type(e))
l = []; l.append(1); l.append(2); print(l, sys.getrefcount(l))
