x = 1
if x:
    s = """a
b"""
    print(repr(s))
print(x)
