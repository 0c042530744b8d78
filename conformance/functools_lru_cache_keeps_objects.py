# A cache keeps its arguments and results alive until cache_clear() (a classic memory lesson).
import functools
import gc
import sys


class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = [0] * 1000

    def __del__(self):
        print("freeing", self.name)

    def __repr__(self):
        return f"Image({self.name!r})"


class Thumbnail:
    def __init__(self, image):
        self.source = image

    def __del__(self):
        print("freeing thumbnail of", self.source.name)


@functools.lru_cache(maxsize=2)
def thumbnail(image):
    print("computing thumbnail of", image.name)
    return Thumbnail(image)


a = Image("a")
b = Image("b")
c = Image("c")
print("refs to a before:", sys.getrefcount(a))
t = thumbnail(a)
print("refs to a after one call:", sys.getrefcount(a))
print("refs to the thumbnail:", sys.getrefcount(t))
print(thumbnail(a) is t)
print(thumbnail.cache_info())
del t
thumbnail(b)
thumbnail(a)  # a becomes the most recently used
print(thumbnail.cache_info())
print("computing c evicts b:")
thumbnail(c)
print(thumbnail.cache_info())
print("del a, b, c: the cache still holds a and c")
del a, b, c
print("cache_clear:")
thumbnail.cache_clear()
print(thumbnail.cache_info())
print("unbounded cache:")


@functools.cache
def load(name):
    return Image(name)


x = load("x")
y = load("y")
print(load("x") is x, sys.getrefcount(x))
print(load.cache_info())
del x, y
print("names deleted, nothing freed yet")
load.cache_clear()
print("after clear")


class Repo:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing repo", self.name)

    @functools.lru_cache(maxsize=None)
    def lookup(self, key):
        return [self.name, key]


r = Repo("main")
print(sys.getrefcount(r))
r.lookup(1)
r.lookup(2)
print("the cache holds self:", sys.getrefcount(r))
print(Repo.lookup.cache_info())
del r
print("del r frees nothing:", gc.collect())
Repo.lookup.cache_clear()
print("after cache_clear")
print(gc.collect())
s = Repo("other")
s.lookup(3)
del s
del Repo
print("class and cache collected:", gc.collect())
print(thumbnail.__name__, thumbnail.__wrapped__.__name__, thumbnail.cache_parameters())
