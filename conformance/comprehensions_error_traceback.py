# An exception inside a comprehension: the traceback shows the comprehension's own frame.
values = {"a": 1, "b": 0, "c": 2}


def inverses(d):
    return {k: 1 / v for k, v in d.items()}


try:
    inverses(values)
except ZeroDivisionError as e:
    print("caught:", e)

print([n for n in range(3)])
print([v for v in [1, 2] if v > undefined_name])
