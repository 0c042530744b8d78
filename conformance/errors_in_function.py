def inner(d):
    return d["missing"]
def outer():
    return inner({"k": 1})
print("start")
outer()
