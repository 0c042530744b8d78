# Who holds a class attribute? The class's namespace dict, which the class holds: the collector's
# introspection shows the same objects CPython's does.
import gc


class Registry:
    """Keeps every plugin."""

    plugins = []

    def register(self, plugin):
        self.plugins.append(plugin)


class Special(Registry):
    pass


def make_local():
    class Local:
        def who(self):
            return __class__

    return Local


holders = gc.get_referrers(Registry.plugins)
print(len(holders), type(holders[0]).__name__, list(holders[0]))
print(holders[0] == Registry.__dict__, holders[0] is Registry.__dict__)
print(gc.get_referrers(Registry.__dict__['register']) == [Registry.__dict__])

for cls in (Registry, Special, make_local()):
    referents = gc.get_referents(cls)
    print(cls.__name__, [type(o).__name__ for o in referents])
    print(referents[0] == cls.__dict__, referents[1:])

print([type(o).__name__ for o in gc.get_referrers(Special) if not isinstance(o, dict)])
Local = make_local()
print([type(o).__name__ for o in gc.get_referrers(Local) if not isinstance(o, dict)])

# A class and its namespace are a cycle: deleting the last name leaves it to the collector.
gc.collect()
del Special
print(gc.collect())
