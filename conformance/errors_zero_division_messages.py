def show(thunk):
    try:
        thunk()
    except ZeroDivisionError as e:
        print(repr(e))
zero = 0
show(lambda: 1 / zero)
show(lambda: 1 // zero)
show(lambda: 1 % zero)
show(lambda: 1.0 / zero)
show(lambda: 1.0 // zero)
show(lambda: 1.0 % zero)
show(lambda: 2.5 / 0.0)
show(lambda: 0 ** -1)
show(lambda: 10 ** 30 // zero)
print(isinstance(ZeroDivisionError(), Exception))
