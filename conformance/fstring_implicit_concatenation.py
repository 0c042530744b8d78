# Adjacent string literals are one literal, an f-string if any of them is one (tutorials wrap long
# messages this way).
import sys

name = "Node"
count = 3
msg = (f"{name} has {count} references, "
       "which is one more than you might expect: "
       f"getrefcount's own argument is {count - 2}{'!'}")
print(msg)
print("{not a field} " f"{count}" " {{literal}} " f"{{escaped}} {name!r:>8}")
print(f"{count:03d}" "-" f'{name.lower()}' '''-''' f"""{count * 2}""")
big = [1, 2, 3]
before = sys.getrefcount(big)
text = f"list: {big}" " and its length: " f"{len(big)}"
print(text, sys.getrefcount(big) == before)
