# Module members: what Heapscope has works; a name CPython's module has that Heapscope lacks is
# refused by name (the NotSupported line is Heapscope's, so the script stops before it); a name no
# CPython module has is CPython's own error.
import sys
import gc
import weakref

print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
print(hasattr(sys, "getrefcount"), hasattr(gc, "collect"), hasattr(weakref, "ref"))
try:
    sys.no_such_member
except AttributeError as e:
    print("AttributeError:", e)
try:
    from sys import getrefcount, no_such_name
except ImportError as e:
    print("ImportError:", e)
print(getrefcount is sys.getrefcount)
try:
    from gc import no_such_name
except ImportError as e:
    print("ImportError:", e)
