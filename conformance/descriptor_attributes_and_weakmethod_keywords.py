# A class's __weakref__ descriptor looked up on the class, the attributes of member and getset
# descriptors (__name__, __qualname__, __objclass__, __doc__), and WeakMethod's keyword arguments.
class A: pass
print(A.__weakref__.__name__, A.__dict__["__dict__"].__name__)
print(A.__weakref__)
class B(A): pass
print(B.__weakref__ is A.__weakref__, B.__dict__.get("__weakref__"))
class S:
    __slots__ = ()
try:
    print(S.__weakref__)
except AttributeError as e:
    print(e)
print(A.__weakref__.__objclass__, A.__dict__["__dict__"].__objclass__)
class Sl:
    __slots__ = ('x',)
d = Sl.__dict__['x']
print(d.__name__, d.__qualname__, d.__objclass__, repr(d.__doc__))
g = A.__dict__['__dict__']
print(g.__name__, g.__qualname__, repr(g.__doc__), repr(A.__weakref__.__doc__))
print(repr(StopIteration.value.__doc__), repr(SystemExit.code.__doc__), StopIteration.value.__qualname__)
import weakref
class C:
    def m(self): pass
c=C()
for a,k in [((),{"meth":c.m}),((c.m,),{"callback":None}),((),{"meth":None}),((c.m,),{"x":1}),((),{"meth":c.m,"callback":print}),((),{}),((c.m,),{"meth":c.m})]:
    try: print(weakref.WeakMethod(*a,**k).__class__.__name__)
    except TypeError as e: print(e)
