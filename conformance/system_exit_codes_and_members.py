# SystemExit: its code member (None, the argument, or the args tuple), sys.exit's arguments, and a
# script ended by it: no traceback, the finalizers run, the status it asks for (3 here).
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, e.args)
for args in [(), (1,), ('a', 'b')]:
    e = SystemExit(*args)
    print(repr(e), e.code, e.args, str(e))
    print(sys.getrefcount(e))
class MyExit(SystemExit): pass
try:
    raise MyExit(7)
except SystemExit as e:
    print(type(e).__name__, e.code)
class D:
    def __del__(self): print("del")
d = D()
print("before")
sys.exit(3)
print("never")
