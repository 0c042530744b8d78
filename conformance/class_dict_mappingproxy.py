# Where a class keeps its attributes: C.__dict__ is a read-only mappingproxy of the class's
# namespace, in the order CPython fills it, and vars(C) is the same view.
import sys
import gc


class Account:
    """A bank account."""

    interest = 0.02
    count = 1000

    def __init__(self, owner):
        self.owner = owner

    def deposit(self, amount):
        return amount


class Savings(Account):
    limit = 5000


class Point:
    __slots__ = ('x', 'y')


class Empty:
    pass


class AppError(Exception):
    pass


for cls in (Account, Savings, Point, Empty, AppError):
    print(cls.__name__, list(cls.__dict__))

print(Account.__dict__['interest'], Account.__dict__.get('missing', 'no'))
print('deposit' in Account.__dict__, 'deposit' in Savings.__dict__)
print(Account.__doc__, Savings.__doc__, Account.__module__, Savings.__module__)
print(Account.__dict__['__doc__'], Point.__dict__['x'])
print(Account.__dict__['__dict__'], Account.__dict__['__weakref__'])
print(type(Account.__dict__).__name__, type(vars(Account)).__name__)
print(vars(Savings) == Savings.__dict__, Savings.__dict__ is Savings.__dict__)
print(len(Empty.__dict__), sorted(Empty.__dict__))
print(Empty.__dict__)
print(repr(Empty.__dict__))

# The instance's attributes are not in the class's dict.
a = Account('ann')
print(vars(a), 'owner' in Account.__dict__)

# Keys, values and items are views of the namespace itself.
keys = Savings.__dict__.keys()
print(keys)
Savings.rate = 3
print(keys, len(keys))
del Savings.rate
print(keys)
for name, value in Account.__dict__.items():
    if not name.startswith('__'):
        print(name, type(value).__name__)
print([type(v).__name__ for v in Empty.__dict__.values()])

# A class attribute set later goes to the end; replacing one keeps its place.
Empty.color = 'red'
Empty.__doc__ = 'Now documented.'
print(list(Empty.__dict__), Empty.__doc__)

# Read-only.
try:
    Account.__dict__['interest'] = 0.05
except TypeError as e:
    print('TypeError:', e)
try:
    del Account.__dict__['interest']
except TypeError as e:
    print('TypeError:', e)
try:
    Account.__dict__['nope']
except KeyError as e:
    print('KeyError:', e)
try:
    hash(Account.__dict__)
except TypeError as e:
    print('TypeError:', e)

# Copies and merges are plain dicts.
copy = Account.__dict__.copy()
print(type(copy).__name__, copy == dict(Account.__dict__), list(copy) == list(Account.__dict__))
merged = Empty.__dict__ | {'extra': 1}
print(type(merged).__name__, list(merged))
print(list({**Savings.__dict__}))

# The proxy holds the namespace, not the class: the class's count does not change.
before = sys.getrefcount(Account)
view = Account.__dict__
print(sys.getrefcount(Account) - before, sys.getrefcount(view), gc.is_tracked(view))
big = Account.__dict__['count']
print(sys.getrefcount(big))
items = Account.__dict__.items()
print(sys.getrefcount(big))
del view, items, big

# The class's __module__ names it in its repr.
Savings.__module__ = 'bank'
print(Savings, repr(Savings('bob'))[:17])
print(sys.getrefcount(Savings), sys.getrefcount(AppError), sys.getrefcount(Empty))

# A bound method reads what it lacks from its function (method_getattro).
m = Account('cy').deposit
print(m.__name__, m.__qualname__, m.__module__, m.__doc__, m.__defaults__)
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)

# Sizes: the proxy, a getset descriptor, a slot's member descriptor.
print(sys.getsizeof(Account.__dict__), sys.getsizeof(Account.__dict__['__dict__']), sys.getsizeof(Point.__dict__['x']))
