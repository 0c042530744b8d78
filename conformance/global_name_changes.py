# A global or builtin name read again and again by the same code sees every change to the
# globals: a name rebound, deleted, shadowing a builtin and unshadowing it, the globals dict
# resized, an item popped, a key stored again.
def q():
    return y


def n():
    return len("abc")


y = 5
print(q(), n())
G = globals()
for k in range(30):
    G["k%d" % k] = k
print(q(), n())
for k in range(30):
    del G["k%d" % k]
print(q(), n())
y = 6
print(q())
G["last"] = 1
print(G.popitem())
print(n())
G["len"] = lambda s: -1
print(n())
print(G.popitem()[0])
print(n())
del y
try:
    q()
except NameError as e:
    print(e)
G["y"] = "back"
print(q())

# module code: the same load in a loop, the name rebound and deleted on the way
total = 0
for i in range(6):
    if i == 2:
        step = 10
    elif i == 4:
        del step
    try:
        total += step
    except NameError:
        total += 1000
    step = i
print(total)


# a class body reads its own names first, then the globals, then the builtins
class C:
    y = "class y"
    seen = (y, len("ab"))
    len = "class len"
    again = len


print(C.seen, C.again)
print(q(), n())
