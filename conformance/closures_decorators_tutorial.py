import sys
import gc

def trace(func):
    def wrapper(x):
        print("calling", func.__name__, x)
        result = func(x)
        print("result", result)
        return result
    return wrapper

@trace
def square(n):
    return n * n

square(4)
print(square.__name__)
print(square)

def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30))
print(len(fib.cache))
print(sys.getrefcount(fib.cache))

def repeat(times):
    def deco(fn):
        def run():
            for i in range(times):
                fn()
        return run
    return deco

@repeat(3)
def hello():
    print("hello")

hello()

class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def hold(obj):
    def get():
        return obj
    return get

g = hold(Tracker("a"))
print(g().name)
print(sys.getrefcount(g.__closure__[0].cell_contents))
del g
print("after del g")

def cyc():
    def me():
        return me
    return me

m = cyc()
print(m() is m)
t = Tracker("b")
def keep():
    x = t
    def use():
        return x, use
    return use
u = keep()
del t
del u, m
print(gc.collect())
print("end")
