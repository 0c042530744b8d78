# The classic lesson: `is` compares identity, `==` compares values. Python warns when `is` meets
# a literal, because the answer depends on which objects CPython happens to share.
import sys

a = 256
b = 256
print(a == b, a is b)

c = 257
d = int('257')
print(c == d, c is d)

name = 'python'
if name is 'python':
    print('identity happened to hold')
if name == 'python':
    print('equality always holds')

items = []
if items is not None:
    print('None is a singleton: compare it with is')

count = len(items)
if count is 0:
    print('small ints are shared, but do not rely on it')
print(sys.getrefcount(name) > 1)
