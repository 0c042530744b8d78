# Traceback and frame objects: tb_next, tb_lineno, tb_frame, f_back, f_lineno, f_locals.
import sys


def level3(n):
    marker = "deep"
    raise IndexError(n)


def level2(n):
    return level3(n + 1)


def level1():
    items = [1, 2, 3]
    return level2(len(items))


try:
    level1()
except IndexError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    entries = []
    while tb is not None:
        entries.append(tb.tb_lineno)
        last = tb
        tb = tb.tb_next
    print("lines:", entries)
    frame = last.tb_frame
    print("innermost frame line:", frame.f_lineno)
    print("its locals:", frame.f_locals)
    print("f_locals is the same dict:", frame.f_locals is frame.f_locals)
    names = []
    f = frame
    while f is not None:
        names.append(sorted(f.f_locals) if f.f_back is not None else "<module>")
        f = f.f_back
    print(names)
    print("module frame's f_locals is globals:", e.__traceback__.tb_frame.f_locals is globals())
    print("module frame has no f_back:", e.__traceback__.tb_frame.f_back)
    print(repr(e.__traceback__).startswith("<traceback object at 0x"))
    print(repr(frame).split(",")[2:])
    del frame, f, last, tb

print("e is gone after the handler:", "e" in globals())


def reraiser():
    try:
        level3(0)
    except IndexError as err:
        print("first traceback:", err.__traceback__.tb_lineno, err.__traceback__.tb_next.tb_lineno)
        raise err


try:
    reraiser()
except IndexError as e:
    lines = []
    tb = e.__traceback__
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("after raise err:", lines)
    del tb

try:
    raise ValueError("no traceback wanted")
except ValueError as e:
    e.__traceback__ = None
    print("cleared:", e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as t:
        print(t)


def running():
    here = sys.exc_info()
    return here


print(running())
