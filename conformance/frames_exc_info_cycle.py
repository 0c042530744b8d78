# sys.exc_info() kept in a local: the traceback holds the frame that holds the tuple, a cycle.
import gc
import sys


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def handler():
    payload = Tracked("payload")
    try:
        {}["missing"]
    except KeyError:
        info = sys.exc_info()
        print(info[0].__name__, info[1], info[2].tb_lineno)
        print("same traceback:", info[2] is info[1].__traceback__)
    print("outside the except:", sys.exc_info())


def handler_fixed():
    payload = Tracked("payload 2")
    try:
        {}["missing"]
    except KeyError:
        info = sys.exc_info()
        print(info[0].__name__)
        del info


gc.disable()
handler()
print("returned; collecting")
print("collected", gc.collect())
handler_fixed()
print("collected", gc.collect())


def keep_exception():
    try:
        raise RuntimeError("kept in a local")
    except RuntimeError as e:
        saved = e
    local_object = Tracked("local")


keep_exception()
print("collected", gc.collect())
