def f():
    raise KeyError
print("before")
f()
