import gc
def has_dict(c):
    for x in gc.get_referents(c):
        if type(x) is dict:
            return True
    return False
def first_dict_attr(k):
    class C: pass
    pre = []
    for j in range(k):
        pre.append(C())
    c = C()
    for i in range(40):
        setattr(c, 'a%d' % i, i)
        if has_dict(c):
            return i + 1
    return None
for k in [0, 1, 5, 20, 26, 27, 28, 29, 30, 40]:
    print(k, first_dict_attr(k))
def with_attrs(k):
    class C: pass
    pre = []
    for j in range(k):
        o = C(); o.a0 = 1; pre.append(o)
    c = C()
    for i in range(40):
        setattr(c, 'a%d' % i, i)
        if has_dict(c):
            return i + 1
for k in [0, 1, 5, 20, 28, 40]:
    print(k, with_attrs(k))
