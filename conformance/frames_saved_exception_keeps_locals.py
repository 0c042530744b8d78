# "An exception keeps your objects alive": the traceback of a saved exception holds every frame
# it passed through, and each finished frame keeps its locals.
import sys


class BigBuffer:
    def __init__(self, name, size):
        self.name = name
        self.data = [0] * size

    def __del__(self):
        print("freeing", self.name)


def parse(chunk):
    scratch = BigBuffer("scratch", 1000)
    print("scratch refs while parsing:", sys.getrefcount(scratch))
    raise ValueError("cannot parse " + chunk)


def load(path):
    buffer = BigBuffer("buffer of " + path, 100000)
    return parse(path)


last_error = None
try:
    load("data.bin")
except ValueError as e:
    print("caught:", e)
    last_error = e

print("after the handler: the exception is saved, nothing freed yet")
print("exception refs:", sys.getrefcount(last_error))
tb = last_error.__traceback__
frame = tb.tb_next.tb_next.tb_frame
locals_now = frame.f_locals
print("scratch refs from the saved frame:", sys.getrefcount(locals_now["scratch"]))
del tb, frame, locals_now
print("dropping the saved exception")
last_error = None
print("done")
