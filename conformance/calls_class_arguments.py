# Creating instances with keyword arguments, *args and **kwargs: the references __init__ sees.
import sys


class Point:
    def __init__(self, x, y=0, *extra, **options):
        print("x:", sys.getrefcount(x), "extra:", extra, "options:", sorted(options))


class Config:
    def __init__(self, **settings):
        for key in sorted(settings):
            print(key, sys.getrefcount(settings[key]))


value = object()
Point(value)
Point(value, y=1)
Point(x=value)
Point(*[value])
Point(*[value], **{"label": value})
Point(value, *[value, value], color=value)
Point(*(value, 2), **{"a": 1, "b": value})
Config(**{"debug": value})
Config(debug=value, **{})
Config(verbose=value, **{"debug": value})
defaults = {"size": value}
Config(**defaults, name=value)
print(sys.getrefcount(value))
try:
    Config(value)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(value, x=value)
except TypeError as e:
    print("TypeError:", e)
