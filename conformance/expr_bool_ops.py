def v(x):
    print("eval", repr(x))
    return x
print(v(0) and v(1))
print(v(2) and v(3))
print(v("") or v("fallback"))
print(v([1]) or v("unused"))
print(not 0, not 1, not [], not [0], not None)
print(None or 0 or "" or [] or "last")
print(1 and "x" and [2])
x = [] or {}
print(x, type(x))
