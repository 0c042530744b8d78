# The methods of int, bool and float that scripts call on numbers: bit_length, bit_count,
# conjugate (the number itself, a new int for a bool), as_integer_ratio (exact), is_integer; and
# the attributes real, imag, numerator and denominator, which cannot be assigned.
import sys
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count(), True.bit_length(), (5).conjugate(), True.conjugate(), (7).as_integer_ratio(), True.as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer(), float('inf').is_integer(), float('nan').is_integer(), (2.5).conjugate(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1], (0.0).as_integer_ratio(), (-0.0).as_integer_ratio(), (5e-324).as_integer_ratio()[0], len(str((5e-324).as_integer_ratio()[1])))
x = 12345
before = sys.getrefcount(x)
y = x.conjugate()
print(y is x, sys.getrefcount(x) - before)
f = 2.5
g = f.conjugate()
print(g is f, int.bit_length(9), float.is_integer(3.0))
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
try:
    float('-inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
try:
    int.bit_length('a')
except TypeError as e:
    print(e)

x = 12345
before = sys.getrefcount(x)
r = x.real
print(r is x, sys.getrefcount(x) - before, x.imag, x.numerator is x, x.denominator, True.real, True.imag, type(True.real), (2**70).real)
f = 2.5
print(f.real is f, f.imag, type(f.imag), (-0.0).real)
try:
    x.real = 5
except AttributeError as e:
    print(e)
try:
    f.imag = 1.0
except AttributeError as e:
    print(e)
print(hasattr(1, 'real'), getattr(2.0, 'imag'), 'real' in dir(int))
