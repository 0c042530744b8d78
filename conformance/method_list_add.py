import sys
l = [1]
x = []
l.append(x)
l.append(2)
print(l, sys.getrefcount(x))
l.extend([3, x])
l.extend((4,))
l.extend("ab")
print(l, sys.getrefcount(x))
l.insert(0, "first")
l.insert(-1, "before last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.append(5), l.extend([]), l.insert(0, 0))
print(len(l), sys.getrefcount(x))
l.extend(l)
print(len(l), sys.getrefcount(x))
