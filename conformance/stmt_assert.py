x = 5
assert x == 5
assert x > 0, "never shown"
try:
    assert x < 0
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert x < 0, "x must be negative, got " + str(x)
except AssertionError as e:
    print("message:", e)
    print(repr(e))
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args[0])
print("done")
