# dict | dict and dict |= (Python 3.9+): merging configuration dicts, as tutorials show.
import sys

defaults = {"host": "localhost", "port": 8080, "debug": False}
overrides = {"port": 9090, "debug": True}
config = defaults | overrides
print(config)
print(overrides | defaults)
print(defaults)

same = config
config |= {"user": "admin"}
print(config, same is config)
config |= [("timeout", 30)]
print(config)
config |= (("a", 1), ("b", 2))
print(len(config), list(config)[-2:])


class Value:
    def __repr__(self):
        return "Value()"


v = Value()
print(sys.getrefcount(v))
d1 = {"v": v}
d2 = {"w": v}
merged = d1 | d2
print(sys.getrefcount(v), merged)
del merged
print(sys.getrefcount(v))

for bad in [lambda: {1: 2} | [(3, 4)], lambda: [1] | {1: 2}, lambda: {1: 2} | None]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
d = {}
try:
    d |= 5
except TypeError as err:
    print("TypeError:", err)
try:
    d |= [(1, 2, 3)]
except ValueError as err:
    print("ValueError:", err)
print(d)
