# A generator pipeline as tutorials write it: lines are read lazily, filtered, parsed and
# summed one at a time; nothing builds the whole list. Then: a generator keeps a big object
# alive until it is exhausted or closed.
import sys
import weakref

LOG = [
    "GET /index.html 200 512",
    "GET /missing 404 0",
    "POST /form 200 2048",
    "GET /big.iso 200 1048576",
    "GET /private 403 0",
]


def read_lines(source):
    for number, line in enumerate(source, 1):
        print("  read line", number)
        yield line


def matching(lines, status):
    for line in lines:
        if line.split()[2] == status:
            yield line


def sizes(lines):
    for line in lines:
        yield int(line.split()[3])


pipeline = sizes(matching(read_lines(LOG), "200"))
print("pipeline built, nothing read yet")
print("first size:", next(pipeline))
print("total of the rest:", sum(pipeline))


def numbered(items):
    n = 0
    for item in items:
        n += 1
        yield n, item


for n, word in numbered(w.upper() for w in ["alpha", "beta"]):
    print(n, word)


class BigBuffer:
    def __init__(self, size):
        self.data = [0] * size
        print("buffer of", size, "allocated")

    def __del__(self):
        print("buffer freed")


def chunks(size, step):
    buffer = BigBuffer(size)
    for start in range(0, size, step):
        yield min(step, len(buffer.data) - start)


def process():
    gen = chunks(1000, 400)
    for i, chunk in enumerate(gen):
        print("chunk", i, chunk)
        if i == 0:
            print("the generator's frame holds the buffer while it is suspended")
    print("loop done")
    return gen


g = process()
print("exhausted generator:", g)
del g

lazy = chunks(10, 5)
print(next(lazy))
print("buffer alive while suspended; closing")
lazy.close()
print("after close")

tracker = chunks(20, 10)
next(tracker)
holders = [tracker, tracker]
print("generator refs:", sys.getrefcount(tracker))
del tracker
print("still held by the list")
holders.clear()
print("list cleared")


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(10)])
evens = (n for n in fibonacci() if n % 2 == 0)
print([next(evens) for _ in range(5)])


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        return iter(self.children)


def walk(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from walk(child, depth + 1)


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, value in walk(tree):
    print("  " * depth + value)
ref = weakref.ref(tree)
walker = walk(tree)
next(walker)
del tree
print("tree alive while the walker holds it:", ref() is not None)
del walker
print("tree alive after the walker is gone:", ref() is not None)
