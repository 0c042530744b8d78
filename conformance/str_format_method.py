print("{} and {}".format("a", "b"))
print("{1} before {0}".format("zero", "one"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0}{0}{0}".format("ab"))
print("[{:>6}] [{:<6}] [{:^6}]".format("r", "l", "c"))
print("[{:.2f}] [{:8.3f}] [{:05d}]".format(2 / 3, 3.14159, 42))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
print("{} {}".format([1, 2], {"k": None}))
tmpl = "{} + {} = {}"
print(tmpl.format(1, 2, 1 + 2))
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("{} {!r}".format(P(), P()))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
