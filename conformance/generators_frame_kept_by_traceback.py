# A generator's frame outlives the generator's run when a traceback saved inside it holds the
# frame: the frame object takes the locals over as the generator finishes, and they are freed
# only when the saved exception goes. A generator that raised keeps its frame the same way.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


saved = []


def remembers_an_error():
    res = Resource("in-generator")
    try:
        raise KeyError("k")
    except KeyError as e:
        saved.append(e)
    yield 1
    yield 2


g = remembers_an_error()
print(next(g))
print(list(g))
print("generator finished")
tb = saved[0].__traceback__
print(tb.tb_lineno, sorted(tb.tb_frame.f_locals))
print(tb.tb_frame.f_back)
del tb
saved.clear()
print("saved exception cleared")
del g


def fails_later():
    res = Resource("raised-from")
    yield "first"
    raise ValueError("late")


g = fails_later()
print(next(g))
try:
    next(g)
except ValueError as e:
    err = e
print("caught; the frame is kept:", sorted(err.__traceback__.tb_next.tb_frame.f_locals))
print(err.__traceback__.tb_next.tb_frame.f_back is not None)
del err
print("err gone")
print(list(g))
print("end")
