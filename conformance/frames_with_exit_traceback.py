# __exit__ receives the exception's real traceback; keeping it keeps the frames.
import sys


class Guard:
    def __init__(self):
        self.kept = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if tb is not None:
            print("exit:", exc_type.__name__, tb.tb_lineno, tb is exc.__traceback__)
            self.kept = tb
        return True


class Item:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def task():
    item = Item("task item")
    guard = Guard()
    with guard:
        inner()
    print("suppressed in task")
    return guard


def inner():
    value = Item("inner value")
    raise RuntimeError("disk")


g = task()
print("task returned, the traceback keeps both frames")
print([k for k in sorted(g.kept.tb_next.tb_frame.f_locals)])
g.kept = None
print("traceback dropped")
del g
print("end")
