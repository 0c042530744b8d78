def check(n):
    assert n > 10, f"n too small: {n}"
    return n
print(check(11))
check(3)
print("not reached")
