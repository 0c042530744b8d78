# close(), GeneratorExit and `finally` blocks: at close(), at exhaustion, when a suspended
# generator is released, and when it refuses to stop.
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("del", self.name)


def reader(name):
    res = Resource(name)
    try:
        for i in range(3):
            yield i
    finally:
        print("finally of", name)


g = reader("one")
print(next(g))
g.close()
print("closed; again:", g.close())
print(list(g))

print("-- released while suspended")
g = reader("two")
print(next(g), next(g))
g = None
print("after release")

print("-- exhausted")
print(list(reader("three")))

print("-- released before starting")
g = reader("four")
del g
print("nothing ran")


def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
    finally:
        print("cleanup")


c = catcher()
next(c)
c.close()


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
        return "ignored value"


s = swallow()
next(s)
print(s.close())


def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("refusing to stop")


st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def order(tag):
    a = Resource(tag + "-a")
    try:
        yield
    finally:
        print("finally", tag)
    b = Resource(tag + "-b")


holder = [order("x"), order("y")]
for gen in holder:
    next(gen)
print("clearing the list")
del holder
print("list gone")


def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")


n = nested_finally()
next(n)
del n


def returns_in_finally():
    try:
        yield 1
    finally:
        return


r = returns_in_finally()
next(r)
r.close()
print("closed cleanly")


def errors_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


e = errors_in_finally()
next(e)
try:
    e.close()
except ValueError as err:
    print("ValueError:", err)

e2 = errors_in_finally()
next(e2)
del e2
print("stubborn at release")
st2 = stubborn()
next(st2)
del st2
print("end")
