import sys
f = d = []
try:
    print(f.missing)
except AttributeError as err:
    print("caught", sys.getrefcount(f), err.name, err.obj is f)
print(sys.getrefcount(f))
t = ([],)
t[0].append(t)
print(t)
