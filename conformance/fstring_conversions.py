name = "Ada"
items = [1, "two"]
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{name} {name!r}")
print(f"{items} {items!r}")
print(f"{p} {p!r}")
print(f"{1 + 2} {'quoted'!r} {None} {None!r}")
print(f"{{literal braces}} {name}{name}")
print(f'{"dq inside sq"}', f"{3.0!r} {2 ** 70}")
x = 4
print(f"x={x}, x*x={x * x}, neg={-x}")
print(f"{'yes' if x else 'no'}")
print(f"{items[1]} {len(items)} {str(p)}")
print(f"")
