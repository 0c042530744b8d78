def level3(x):
    print("level3 start")
    return 10 // x
def level2(x):
    print("level2 start")
    r = level3(x)
    print("level2 end", r)
    return r
def level1(x):
    try:
        return level2(x)
    except TypeError:
        print("level1 wrong handler")
    finally:
        print("level1 finally")
print(level1(2))
try:
    level1(0)
except ZeroDivisionError as e:
    print("top caught:", e)
def reraise():
    try:
        [][0]
    except IndexError as e:
        print("logging", e)
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised", repr(e))
