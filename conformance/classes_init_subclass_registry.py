# __init_subclass__ (an implicit classmethod) keeping a registry of subclasses, and classmethod
# factories looking a kind up in it.
import gc, sys


class Plugin:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__] = cls


class CsvExporter(Plugin):
    fmt = "csv"


class JsonExporter(Plugin):
    fmt = "json"


class PrettyJson(JsonExporter):
    pass


print(sorted(Plugin.registry))

print(sys.getrefcount(CsvExporter), sys.getrefcount(PrettyJson))


class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "name"):
            raise TypeError(cls.__name__ + " needs a name")


try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)


class Good(Strict):
    name = "ok"


print(Good.name)
try:
    Bad
except NameError as e:
    print("NameError:", e)


class Shape:
    _registry = []

    def __init__(self, name):
        self.name = name

    @classmethod
    def from_string(cls, text):
        kind, name = text.split(":")
        for sub in cls._registry:
            if sub.kind == kind:
                return sub(name)
        raise ValueError("unknown kind " + kind)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape._registry.append(cls)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.name) + ")"


class Square(Shape):
    kind = "square"


class Circle(Shape):
    kind = "circle"


shapes = [Shape.from_string(s) for s in ["square:a", "circle:b", "square:c"]]
print(shapes)
print([sys.getrefcount(s) for s in shapes])
try:
    Shape.from_string("hexagon:x")
except ValueError as e:
    print("ValueError:", e)
del shapes
Shape._registry.clear()
del Square, Circle
print(gc.collect())
del Plugin, CsvExporter, JsonExporter, PrettyJson
print(gc.collect())
