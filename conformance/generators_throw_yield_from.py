# throw() into a generator, `yield from` delegation: values, send(), return values, throw and
# close passed on to the inner generator.
import sys


def worker():
    while True:
        try:
            job = yield "ready"
            print("working on", job)
        except KeyError as e:
            print("handled KeyError", e)
            yield "recovered"


w = worker()
print(next(w))
print(w.send("job-1"))
print(w.throw(KeyError("k")))
print(next(w))
try:
    w.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated:", e)
print(list(w))

fresh = worker()
try:
    fresh.throw(RuntimeError)
except RuntimeError as e:
    print("thrown before start:", type(e).__name__, e.args)


def inner():
    received = yield "inner-1"
    print("inner got", received)
    yield "inner-2"
    return "inner result"


def outer():
    print("outer start")
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from range(2)
    return "outer result"


o = outer()
print(next(o))
print(o.send("hello"))
print(list(o))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], (x * 2 for x in range(3)))))


def resilient_inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner caught ValueError")
        yield "inner recovered"
    finally:
        print("inner finally")


def delegating():
    try:
        yield from resilient_inner()
        yield "outer continues"
    finally:
        print("outer finally")


d = delegating()
print(next(d))
print(d.throw(ValueError))
print(next(d))
print(next(d, "exhausted"))

d2 = delegating()
next(d2)
d2.close()
print("closed d2")

d3 = delegating()
next(d3)
del d3
print("released d3")


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


class Payload:
    def __del__(self):
        print("payload freed")


def holds():
    p = Payload()
    yield p


def wraps():
    yield from holds()


gen = wraps()
item = next(gen)
print("refs to payload:", sys.getrefcount(item))
del item
print("releasing the outer generator")
del gen
print("end")


class Token:
    pass


def inner_rc():
    got = yield
    print("inner sees", sys.getrefcount(got))
    yield


def outer_rc():
    yield from inner_rc()


t = Token()
og = outer_rc()
next(og)
og.send(t)
print("after send", sys.getrefcount(t))


def deep_error():
    yield 1
    raise KeyError("deep")


def middle():
    yield from deep_error()


m = middle()
next(m)
try:
    next(m)
except KeyError as e:
    print("KeyError from inside:", e)
m2 = middle()
next(m2)
next(m2)
