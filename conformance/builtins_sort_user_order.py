# Sorting and min/max of objects whose class defines the ordering (__lt__ and friends).
import sys


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


versions = [Version(1, 2), Version(0, 9), Version(1, 0), Version(0, 9)]
print(sorted(versions), sorted(versions, reverse=True))
print(min(versions), max(versions))
first_09 = versions[1]
print(min(versions) is first_09, max(versions, key=lambda v: v.minor))
print(Version(1, 0) < Version(1, 1), Version(2, 0) > Version(1, 1), Version(1, 0) > Version(1, 0))
versions.sort()
print(versions, sys.getrefcount(first_09))
print(sorted([[Version(1, 0)], [Version(0, 1)]]), (Version(0, 1), 2) < (Version(0, 1), 3))


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.priority < other.priority

    def __gt__(self, other):
        print(f"  {self.name} > {other.name}?")
        return self.priority > other.priority

    def __repr__(self):
        return self.name


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test")]
print("min:", min(tasks))
print("max:", max(tasks))
print(Task(1, "a") < Task(2, "b"))
print(Task(1, "a") > Task(2, "b"))


class Special(Task):
    def __gt__(self, other):
        print(f"  special {self.name} > {other.name}?")
        return True


print(Task(1, "base") < Special(0, "sub"))


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __le__(self, other):
        return self.degrees <= other.degrees

    def __ge__(self, other):
        return self.degrees >= other.degrees


print(Celsius(5) <= Celsius(6), Celsius(5) >= Celsius(6), Celsius(7) >= Celsius(7))
try:
    Celsius(1) < Celsius(2)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Celsius(1), Celsius(2)])
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1, 0) < 3
except AttributeError as e:
    print("AttributeError:", e)

# The comparisons a sort makes, in order (a short list: count_run, then binary insertion).
class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  {self.n} < {other.n}?")
        return self.n < other.n

    def __repr__(self):
        return f"L{self.n}"


print(sorted([Loud(3), Loud(1), Loud(2), Loud(5), Loud(4)]))
print(sorted([Loud(1), Loud(2), Loud(4), Loud(3)], reverse=True))
print(sorted([Loud(5), Loud(4), Loud(3), Loud(6)]))
print(sorted([Loud(2), Loud(1)], key=lambda x: x))
mixed = [3, 1, 2, "x", 0]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
mixed = [3, 1, 2, "x", 0]
try:
    mixed.sort(reverse=True)
except TypeError as e:
    print("TypeError:", e, mixed)
