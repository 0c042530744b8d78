def f():
    try:
        return "from try"
    finally:
        print("finally before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(g())
def h():
    try:
        raise TypeError("lost")
    finally:
        return "finally return swallows"
print(h())
def k():
    try:
        1 / 0
    finally:
        print("cleanup before propagate")
try:
    k()
except ZeroDivisionError as e:
    print("caught", e)
