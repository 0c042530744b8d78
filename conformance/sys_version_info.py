# sys.version_info: a struct sequence (a tuple subclass), compared and sliced as scripts do.
import gc
import sys

print(sys.version_info)
print(sys.version_info[:2], sys.version_info[0], sys.version_info[-1])
print(sys.version_info.major, sys.version_info.minor, sys.version_info.micro)
print(sys.version_info.releaselevel, sys.version_info.serial)
if sys.version_info >= (3, 8):
    print('Python 3.8 or newer')
if sys.version_info < (3,):
    print('Python 2')
else:
    print('Python 3')
print(sys.version_info > (3, 11), sys.version_info >= (3, 11, 0), sys.version_info < (3, 12))
print(sys.version_info == (3, 11, 7, 'final', 0), sys.version_info[:2] == (3, 11))
major, minor = sys.version_info[:2]
print(f'running on Python {major}.{minor}')
print('%s.%s' % sys.version_info[:2])
print(len(sys.version_info), tuple(sys.version_info), list(sys.version_info))
print(type(sys.version_info), isinstance(sys.version_info, tuple))
print(sys.getsizeof(sys.version_info), gc.is_tracked(sys.version_info))
print(sys.version_info is sys.version_info, hash(sys.version_info) == hash(tuple(sys.version_info)))
try:
    sys.version_info.major = 4
except AttributeError as e:
    print('AttributeError:', e)
try:
    type(sys.version_info)()
except TypeError as e:
    print('TypeError:', e)
