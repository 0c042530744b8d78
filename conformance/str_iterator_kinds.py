# A str's iterator: CPython 3.11 gives a compact ASCII str an iterator type of its own
# (str_ascii_iterator) and any other str str_iterator; both walk code points, sized alike.
import sys

for text in ["", "abc", "héllo", "日本語", "a€b", "x\U0001f600y"]:
    it = iter(text)
    print(repr(text), type(it).__name__, sys.getsizeof(it), list(it))
it = iter("über")
print(next(it), next(it), "".join(it))
print(type(iter("ascii only")) is type(iter("plain")), type(iter("é")) is type(iter("ü")))
