# contextmanager as tutorials use it: timing a block, opening and releasing a resource,
# temporarily changing state, nesting managers, and a context manager keeping a big object
# alive exactly as long as its block.
import gc
import sys
import weakref
from contextlib import contextmanager, closing

clock = [0]


def now():
    clock[0] += 25
    return clock[0]


@contextmanager
def timer(label):
    start = now()
    try:
        yield
    finally:
        print(f"{label}: {now() - start} ms")


with timer("sum of squares"):
    total = sum(i * i for i in range(100))
print("total", total)


class Connection:
    opened = 0

    def __init__(self, url):
        self.url = url
        Connection.opened += 1
        print("connect", url)

    def query(self, q):
        return f"{q} from {self.url}"

    def close(self):
        print("disconnect", self.url)

    def __del__(self):
        print("connection object freed:", self.url)


@contextmanager
def connect(url):
    conn = Connection(url)
    try:
        yield conn
    finally:
        conn.close()


with connect("db://one") as conn:
    print(conn.query("SELECT 1"))
    print("refs inside the block:", sys.getrefcount(conn))
print("refs after the block:", sys.getrefcount(conn))
del conn
print("opened", Connection.opened)

try:
    with connect("db://two") as c2:
        print(c2.query("SELECT oops"))
        raise ValueError("bad query")
except ValueError as e:
    print("error handled outside:", e)
del c2

settings = {"debug": False}


@contextmanager
def temporarily(key, value):
    old = settings[key]
    settings[key] = value
    try:
        yield settings
    finally:
        settings[key] = old


with temporarily("debug", True) as s:
    print("inside:", s)
print("restored:", settings)

with timer("outer"), connect("db://three") as c3, temporarily("debug", "nested"):
    print(c3.query("SELECT 3"), settings["debug"])
del c3


class Big:
    def __init__(self):
        self.payload = list(range(1000))

    def __del__(self):
        print("Big freed")


@contextmanager
def scratch():
    buffer = Big()
    yield len(buffer.payload)
    print("scratch done")


with scratch() as n:
    print("payload size", n)
print("after scratch")

holder = scratch()
size = holder.__enter__()
print("entered by hand:", size)
del holder
print("manager dropped while suspended")
gc.collect()


class Lines:
    def __init__(self, lines):
        self.lines = lines
        self.closed = False

    def close(self):
        self.closed = True
        print("Lines closed")


source = Lines(["a", "b"])
with closing(source) as lines:
    for line in lines.lines:
        print("line", line)
print("closed:", source.closed)
ref = weakref.ref(source)
del source, lines
print("source alive:", ref() is not None)
