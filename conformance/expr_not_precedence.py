print(not True or True)
print(not 0 and 0)
print(not (1 < 2) or (3 == 3) and not False)
print(not 1 == 2, not [] or "x")
x = []
if not x or x[0]:
    print("short-circuit guarded")
print(not None and "never", not not 5)
print(True and not False or False)
