def show(thunk):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e), e)
def unpack(value):
    a, b = value
    return a, b
show(lambda: unpack(1))
show(lambda: unpack(None))
show(lambda: unpack([1]))
show(lambda: unpack((1, 2, 3)))
show(lambda: unpack("abc"))
show(lambda: unpack({"k": 1}))
print(unpack({"k": 1, "j": 2}), unpack("xy"))
