# Reading a captured variable before the enclosing function assigned it.
def outer():
    def inner():
        return later + 1

    try:
        inner()
    except NameError as e:
        print("caught:", e)

    def reads_own():
        print(value)
        value = 2

    try:
        reads_own()
    except UnboundLocalError as e:
        print("caught:", e)
    later = 1
    print(inner())
    del later
    return inner()


outer()
