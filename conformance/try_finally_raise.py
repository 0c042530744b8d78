# An exception raised in a `finally` block while another is on its way out: the first becomes
# the second's context (shown as "During handling ..."), and is freed with it, frames and all.
# An exception ignored in __del__ shows its own traceback only, never the chain.


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def cleanup_fails():
    res = Resource("local")
    try:
        raise KeyError("first")
    finally:
        raise ValueError("from finally")


try:
    cleanup_fails()
except ValueError as err:
    print("caught:", err)
print("after the handler")


class Noisy:
    def __del__(self):
        try:
            raise KeyError(1)
        except KeyError:
            raise ValueError(2)


n = Noisy()
del n
print("after del")


def finally_returns():
    try:
        raise KeyError("dropped")
    finally:
        return "returned"


print(finally_returns())
keep = Resource("global")
cleanup_fails()
