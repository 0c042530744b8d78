def show(thunk):
    try:
        thunk()
    except (KeyError, IndexError, ValueError) as e:
        print(type(e), str(e), repr(e))
show(lambda: {"a": 1}["b"])
show(lambda: {1: 2}[3])
show(lambda: [1, 2][5])
show(lambda: (1,)[-3])
show(lambda: "ab"[2])
show(lambda: [].pop())
show(lambda: [1, 2].remove(3))
show(lambda: [1].index(3))
show(lambda: {}.pop("k"))
show(lambda: set().remove(7))
show(lambda: int("abc"))
show(lambda: int("1.5"))
show(lambda: [1, 2].pop(4))
