# Closures as a tutorial shows them: a counter factory, a running average, lambdas capturing a
# variable, and what a cell holds.
import sys


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2())
print(c1.__closure__[0].cell_contents, c2.__closure__[0].cell_contents)
print(type(c1.__closure__[0]).__name__)


def make_averager():
    series = []

    def averager(new_value):
        series.append(new_value)
        total = 0
        for v in series:
            total += v
        return total / len(series)

    return averager


avg = make_averager()
print(avg(10))
print(avg(11))
print(avg(12))
series = avg.__closure__[0].cell_contents
print(series)
print(sys.getrefcount(series))

multipliers = []
for k in range(1, 4):
    multipliers.append(lambda x, k=k: x * k)
print(multipliers[0](10), multipliers[2](10))


def make_adder(n):
    return lambda x: x + n


add5 = make_adder(5)
print(add5(1), add5(2))
print(add5.__closure__[0].cell_contents)
print(make_adder.__closure__)

big = 10**20


def outer():
    value = big + 1

    def show():
        return sys.getrefcount(value)

    print(sys.getrefcount(value))
    print(show())
    return show


f = outer()
print(f())


def shadow():
    x = "outer"

    def inner():
        x = "inner"
        return x

    return inner(), x


print(shadow())

g = 1


def uses_global():
    def inner():
        global g
        g += 1
        return g

    return inner()


print(uses_global(), g)


def nested3():
    a = 1

    def middle():
        def innermost():
            return a + 1

        return innermost

    return middle()


fn = nested3()
print(fn(), len(fn.__closure__))
