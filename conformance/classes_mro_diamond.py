import sys, gc
class A:
    def who(self): return "A"
    def hello(self): return "hello from A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
    def hello(self): return "hello from C"
class D(B, C):
    pass
print(D.__mro__)
print(D.mro())
print(D.__bases__, D.__base__, B.__bases__, A.__bases__, A.__base__)
d = D()
print(d.who(), d.hello(), isinstance(d, C), issubclass(D, C), issubclass(C, D))
print(sys.getrefcount(A), sys.getrefcount(D), sys.getrefcount(B))
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
try:
    class F(A, A): pass
except TypeError as e:
    print(e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(e)
class G(D): pass
print(G.__mro__, G().hello(), isinstance(G(), C))
print(D.__mro__ is D.__mro__, D.mro() is D.mro())
del d
del D, G
print(gc.collect())
class H(X, object): pass
print(H.__mro__)
