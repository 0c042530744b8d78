# Lessons on references: a copy is a new list of the same objects, the fromkeys pitfall with a
# mutable default, and set operations on who enrolled where.
import sys


class Student:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Student({self.name!r})"


ada = Student("ada")
bob = Student("bob")
roster = [ada, bob]
backup = roster.copy()
print(roster == backup, roster is backup, roster[0] is backup[0])
print("ada is referenced", sys.getrefcount(ada) - 1, "times")
backup.append(Student("cy"))
print(len(roster), len(backup))
backup.reverse()
print(backup)
del backup
print("after del backup:", sys.getrefcount(ada) - 1)

# The classic pitfall: every key shares one list.
groups = dict.fromkeys(["math", "art"], [])
groups["math"].append("ada")
print(groups)
print(groups["math"] is groups["art"], sys.getrefcount(groups["art"]) - 1)
fixed = {k: [] for k in ["math", "art"]}
fixed["math"].append("ada")
print(fixed)

math = {1, 2, 3, 5, 8}
art = {2, 3, 4, 8, 16}
print("both:", math.intersection(art))
print("either:", math.union(art))
print("only math:", math.difference(art))
print("just one:", math.symmetric_difference(art))
print(math.issubset(math.union(art)), math.isdisjoint({100}))
everyone = math.copy()
everyone.update(art, [32])
print(everyone)
while everyone:
    n = everyone.pop()
    if n > 4:
        break
print(n, everyone)
last = {"a": 1, "b": 2}
key, val = last.popitem()
print(key, val, last)
