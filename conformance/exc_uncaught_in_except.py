try:
    int("x1")
except ValueError as e:
    print("handling", e)
    raise TypeError("while handling")
