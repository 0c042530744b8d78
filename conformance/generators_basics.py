# Generator functions: next(), send(), return values, StopIteration, iteration by builtins.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"


g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(g, "default"))

print(list(count_up(5)))
print(sum(count_up(5)), max(count_up(4)), min(count_up(4)))
print(tuple(count_up(2)), set(count_up(3)), sorted(count_up(3), reverse=True))
print(any(count_up(3)), all(count_up(3)))
for i, v in enumerate(count_up(3)):
    print("enumerate", i, v)
print(list(zip(count_up(3), "abc")))
print(list(map(str, count_up(3))))
a, b, c = count_up(3)
print(a, b, c)
print(*count_up(4))


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulate()
print(acc.send(None))
print(acc.send(10), acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

fresh = accumulate()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)


def nothing():
    return 5
    yield


n = nothing()
print(list(n), list(n))
n2 = nothing()
try:
    n2.__next__()
except StopIteration as e:
    print("value", e.value)


def outer():
    def inner():
        yield 1

    return inner()


print(outer().__qualname__)
print(iter(g) is g)


def running():
    yield gen_self.gi_running


gen_self = running()
print(gen_self.gi_running, next(gen_self), gen_self.gi_running)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def bare():
    x = yield
    print("got", x)
    yield (yield)


b = bare()
print(next(b))
print(b.send("a"))
print(b.send("b"))

try:
    next(nothing())
except StopIteration as e:
    print("value is a member, not in __dict__:", e.value, e.__dict__)
print(StopIteration.value)
