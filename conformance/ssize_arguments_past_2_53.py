# Arguments CPython reads as a C Py_ssize_t take any int up to 2**63 - 1 exactly; past it,
# OverflowError. (A JavaScript number would round 2**60 + 1.)
import collections

print('a,b,c'.split(',', 2**60), 'a,b,c'.rsplit(',', 2**62), 'ab'.center(3, '*'))
d = collections.deque([1, 2, 3])
d.rotate(2**60 + 1)
print(d)
d.rotate(-(2**61) - 1)
print(d)
d.insert(2**62, 4)
print(d)
for bad in (lambda: 'a'.split(',', 2**63), lambda: d.rotate(2**63), lambda: 'a'.zfill(2**70)):
    try:
        bad()
    except OverflowError as e:
        print('OverflowError:', e)
