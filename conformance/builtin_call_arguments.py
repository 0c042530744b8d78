# Every built-in function and method of the core types called with a keyword it does not take,
# and with positional arguments past its last: the same TypeError as CPython, never a silent
# success (generated from dir() of each type: arguments CPython accepts, then one too many).
try:
    r = abs(2, zz=1)
    print('abs(2, zz=1)', 'ok')
except Exception as e:
    print('abs(2, zz=1)', type(e).__name__, e)
try:
    r = abs(2, 1, 2, 3, 4)
    print('abs(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('abs(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = all('ab', zz=1)
    print("all('ab', zz=1)", 'ok')
except Exception as e:
    print("all('ab', zz=1)", type(e).__name__, e)
try:
    r = all('ab', 1, 2, 3, 4)
    print("all('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("all('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = any('ab', zz=1)
    print("any('ab', zz=1)", 'ok')
except Exception as e:
    print("any('ab', zz=1)", type(e).__name__, e)
try:
    r = any('ab', 1, 2, 3, 4)
    print("any('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("any('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = ascii('ab', zz=1)
    print("ascii('ab', zz=1)", 'ok')
except Exception as e:
    print("ascii('ab', zz=1)", type(e).__name__, e)
try:
    r = ascii('ab', 1, 2, 3, 4)
    print("ascii('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("ascii('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = bin(2, zz=1)
    print('bin(2, zz=1)', 'ok')
except Exception as e:
    print('bin(2, zz=1)', type(e).__name__, e)
try:
    r = bin(2, 1, 2, 3, 4)
    print('bin(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('bin(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = bool(zz=1)
    print('bool(zz=1)', 'ok')
except Exception as e:
    print('bool(zz=1)', type(e).__name__, e)
try:
    r = bool(1, 2, 3, 4)
    print('bool(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('bool(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = callable('ab', zz=1)
    print("callable('ab', zz=1)", 'ok')
except Exception as e:
    print("callable('ab', zz=1)", type(e).__name__, e)
try:
    r = callable('ab', 1, 2, 3, 4)
    print("callable('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("callable('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = chr(2, zz=1)
    print('chr(2, zz=1)', 'ok')
except Exception as e:
    print('chr(2, zz=1)', type(e).__name__, e)
try:
    r = chr(2, 1, 2, 3, 4)
    print('chr(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('chr(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = dict(zz=1)
    print('dict(zz=1)', 'ok')
except Exception as e:
    print('dict(zz=1)', type(e).__name__, e)
try:
    r = dict(1, 2, 3, 4)
    print('dict(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('dict(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = dir(zz=1)
    print('dir(zz=1)', 'ok')
except Exception as e:
    print('dir(zz=1)', type(e).__name__, e)
try:
    r = dir(1, 2, 3, 4)
    print('dir(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('dir(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = divmod(2, 2, zz=1)
    print('divmod(2, 2, zz=1)', 'ok')
except Exception as e:
    print('divmod(2, 2, zz=1)', type(e).__name__, e)
try:
    r = divmod(2, 2, 1, 2, 3, 4)
    print('divmod(2, 2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('divmod(2, 2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = enumerate('ab', zz=1)
    print("enumerate('ab', zz=1)", 'ok')
except Exception as e:
    print("enumerate('ab', zz=1)", type(e).__name__, e)
try:
    r = enumerate('ab', 1, 2, 3, 4)
    print("enumerate('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("enumerate('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = filter('ab', 'ab', zz=1)
    print("filter('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("filter('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = filter('ab', 'ab', 1, 2, 3, 4)
    print("filter('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("filter('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = float(zz=1)
    print('float(zz=1)', 'ok')
except Exception as e:
    print('float(zz=1)', type(e).__name__, e)
try:
    r = float(1, 2, 3, 4)
    print('float(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('float(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = format('ab', zz=1)
    print("format('ab', zz=1)", 'ok')
except Exception as e:
    print("format('ab', zz=1)", type(e).__name__, e)
try:
    r = format('ab', 1, 2, 3, 4)
    print("format('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("format('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = frozenset(zz=1)
    print('frozenset(zz=1)', 'ok')
except Exception as e:
    print('frozenset(zz=1)', type(e).__name__, e)
try:
    r = frozenset(1, 2, 3, 4)
    print('frozenset(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('frozenset(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = hasattr('ab', 'ab', zz=1)
    print("hasattr('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("hasattr('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = hasattr('ab', 'ab', 1, 2, 3, 4)
    print("hasattr('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("hasattr('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = hash('ab', zz=1)
    print("hash('ab', zz=1)", 'ok')
except Exception as e:
    print("hash('ab', zz=1)", type(e).__name__, e)
try:
    r = hash('ab', 1, 2, 3, 4)
    print("hash('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("hash('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = hex(2, zz=1)
    print('hex(2, zz=1)', 'ok')
except Exception as e:
    print('hex(2, zz=1)', type(e).__name__, e)
try:
    r = hex(2, 1, 2, 3, 4)
    print('hex(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('hex(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = id('ab', zz=1)
    print("id('ab', zz=1)", 'ok')
except Exception as e:
    print("id('ab', zz=1)", type(e).__name__, e)
try:
    r = id('ab', 1, 2, 3, 4)
    print("id('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("id('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = int(zz=1)
    print('int(zz=1)', 'ok')
except Exception as e:
    print('int(zz=1)', type(e).__name__, e)
try:
    r = int(1, 2, 3, 4)
    print('int(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('int(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = isinstance('ab', str, zz=1)
    print("isinstance('ab', str, zz=1)", 'ok')
except Exception as e:
    print("isinstance('ab', str, zz=1)", type(e).__name__, e)
try:
    r = isinstance('ab', str, 1, 2, 3, 4)
    print("isinstance('ab', str, 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("isinstance('ab', str, 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = issubclass(str, str, zz=1)
    print('issubclass(str, str, zz=1)', 'ok')
except Exception as e:
    print('issubclass(str, str, zz=1)', type(e).__name__, e)
try:
    r = issubclass(str, str, 1, 2, 3, 4)
    print('issubclass(str, str, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('issubclass(str, str, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = iter('ab', zz=1)
    print("iter('ab', zz=1)", 'ok')
except Exception as e:
    print("iter('ab', zz=1)", type(e).__name__, e)
try:
    r = iter('ab', 1, 2, 3, 4)
    print("iter('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("iter('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = len('ab', zz=1)
    print("len('ab', zz=1)", 'ok')
except Exception as e:
    print("len('ab', zz=1)", type(e).__name__, e)
try:
    r = len('ab', 1, 2, 3, 4)
    print("len('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("len('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = list(zz=1)
    print('list(zz=1)', 'ok')
except Exception as e:
    print('list(zz=1)', type(e).__name__, e)
try:
    r = list(1, 2, 3, 4)
    print('list(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('list(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = map('ab', 'ab', zz=1)
    print("map('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("map('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = map('ab', 'ab', 1, 2, 3, 4)
    print("map('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("map('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = max('ab', zz=1)
    print("max('ab', zz=1)", 'ok')
except Exception as e:
    print("max('ab', zz=1)", type(e).__name__, e)
try:
    r = max('ab', 1, 2, 3, 4)
    print("max('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("max('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = min('ab', zz=1)
    print("min('ab', zz=1)", 'ok')
except Exception as e:
    print("min('ab', zz=1)", type(e).__name__, e)
try:
    r = min('ab', 1, 2, 3, 4)
    print("min('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("min('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = oct(2, zz=1)
    print('oct(2, zz=1)', 'ok')
except Exception as e:
    print('oct(2, zz=1)', type(e).__name__, e)
try:
    r = oct(2, 1, 2, 3, 4)
    print('oct(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('oct(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = pow(2, 2, zz=1)
    print('pow(2, 2, zz=1)', 'ok')
except Exception as e:
    print('pow(2, 2, zz=1)', type(e).__name__, e)
try:
    r = pow(2, 2, 1, 2, 3, 4)
    print('pow(2, 2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('pow(2, 2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = print(zz=1)
    print('print(zz=1)', 'ok')
except Exception as e:
    print('print(zz=1)', type(e).__name__, e)
try:
    r = print(1, 2, 3, 4)
    print('print(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('print(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = range(2, zz=1)
    print('range(2, zz=1)', 'ok')
except Exception as e:
    print('range(2, zz=1)', type(e).__name__, e)
try:
    r = range(2, 1, 2, 3, 4)
    print('range(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('range(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = repr('ab', zz=1)
    print("repr('ab', zz=1)", 'ok')
except Exception as e:
    print("repr('ab', zz=1)", type(e).__name__, e)
try:
    r = repr('ab', 1, 2, 3, 4)
    print("repr('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("repr('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = reversed('ab', zz=1)
    print("reversed('ab', zz=1)", 'ok')
except Exception as e:
    print("reversed('ab', zz=1)", type(e).__name__, e)
try:
    r = reversed('ab', 1, 2, 3, 4)
    print("reversed('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("reversed('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = round(2, zz=1)
    print('round(2, zz=1)', 'ok')
except Exception as e:
    print('round(2, zz=1)', type(e).__name__, e)
try:
    r = round(2, 1, 2, 3, 4)
    print('round(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('round(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = set(zz=1)
    print('set(zz=1)', 'ok')
except Exception as e:
    print('set(zz=1)', type(e).__name__, e)
try:
    r = set(1, 2, 3, 4)
    print('set(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('set(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = sorted('ab', zz=1)
    print("sorted('ab', zz=1)", 'ok')
except Exception as e:
    print("sorted('ab', zz=1)", type(e).__name__, e)
try:
    r = sorted('ab', 1, 2, 3, 4)
    print("sorted('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("sorted('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = str(zz=1)
    print('str(zz=1)', 'ok')
except Exception as e:
    print('str(zz=1)', type(e).__name__, e)
try:
    r = str(1, 2, 3, 4)
    print('str(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('str(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = sum([3, 1], zz=1)
    print('sum([3, 1], zz=1)', 'ok')
except Exception as e:
    print('sum([3, 1], zz=1)', type(e).__name__, e)
try:
    r = sum([3, 1], 1, 2, 3, 4)
    print('sum([3, 1], 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('sum([3, 1], 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = tuple(zz=1)
    print('tuple(zz=1)', 'ok')
except Exception as e:
    print('tuple(zz=1)', type(e).__name__, e)
try:
    r = tuple(1, 2, 3, 4)
    print('tuple(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('tuple(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = type('ab', zz=1)
    print("type('ab', zz=1)", 'ok')
except Exception as e:
    print("type('ab', zz=1)", type(e).__name__, e)
try:
    r = type('ab', 1, 2, 3, 4)
    print("type('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("type('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = vars(zz=1)
    print('vars(zz=1)', 'ok')
except Exception as e:
    print('vars(zz=1)', type(e).__name__, e)
try:
    r = vars(1, 2, 3, 4)
    print('vars(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('vars(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = zip(zz=1)
    print('zip(zz=1)', 'ok')
except Exception as e:
    print('zip(zz=1)', type(e).__name__, e)
try:
    r = zip(1, 2, 3, 4)
    print('zip(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('zip(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = [3, 1, 2].append('ab', zz=1)
    print("[3, 1, 2].append('ab', zz=1)", 'ok')
except Exception as e:
    print("[3, 1, 2].append('ab', zz=1)", type(e).__name__, e)
try:
    r = [3, 1, 2].append('ab', 1, 2, 3, 4)
    print("[3, 1, 2].append('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("[3, 1, 2].append('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = [3, 1, 2].clear(zz=1)
    print('[3, 1, 2].clear(zz=1)', 'ok')
except Exception as e:
    print('[3, 1, 2].clear(zz=1)', type(e).__name__, e)
try:
    r = [3, 1, 2].clear(1, 2, 3, 4)
    print('[3, 1, 2].clear(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('[3, 1, 2].clear(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = [3, 1, 2].copy(zz=1)
    print('[3, 1, 2].copy(zz=1)', 'ok')
except Exception as e:
    print('[3, 1, 2].copy(zz=1)', type(e).__name__, e)
try:
    r = [3, 1, 2].copy(1, 2, 3, 4)
    print('[3, 1, 2].copy(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('[3, 1, 2].copy(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = [3, 1, 2].count('ab', zz=1)
    print("[3, 1, 2].count('ab', zz=1)", 'ok')
except Exception as e:
    print("[3, 1, 2].count('ab', zz=1)", type(e).__name__, e)
try:
    r = [3, 1, 2].count('ab', 1, 2, 3, 4)
    print("[3, 1, 2].count('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("[3, 1, 2].count('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = [3, 1, 2].extend('ab', zz=1)
    print("[3, 1, 2].extend('ab', zz=1)", 'ok')
except Exception as e:
    print("[3, 1, 2].extend('ab', zz=1)", type(e).__name__, e)
try:
    r = [3, 1, 2].extend('ab', 1, 2, 3, 4)
    print("[3, 1, 2].extend('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("[3, 1, 2].extend('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = [3, 1, 2].index(2, zz=1)
    print('[3, 1, 2].index(2, zz=1)', 'ok')
except Exception as e:
    print('[3, 1, 2].index(2, zz=1)', type(e).__name__, e)
try:
    r = [3, 1, 2].index(2, 1, 2, 3, 4)
    print('[3, 1, 2].index(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('[3, 1, 2].index(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = [3, 1, 2].insert(2, 'ab', zz=1)
    print("[3, 1, 2].insert(2, 'ab', zz=1)", 'ok')
except Exception as e:
    print("[3, 1, 2].insert(2, 'ab', zz=1)", type(e).__name__, e)
try:
    r = [3, 1, 2].insert(2, 'ab', 1, 2, 3, 4)
    print("[3, 1, 2].insert(2, 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("[3, 1, 2].insert(2, 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = [3, 1, 2].pop(zz=1)
    print('[3, 1, 2].pop(zz=1)', 'ok')
except Exception as e:
    print('[3, 1, 2].pop(zz=1)', type(e).__name__, e)
try:
    r = [3, 1, 2].pop(1, 2, 3, 4)
    print('[3, 1, 2].pop(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('[3, 1, 2].pop(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = [3, 1, 2].remove(2, zz=1)
    print('[3, 1, 2].remove(2, zz=1)', 'ok')
except Exception as e:
    print('[3, 1, 2].remove(2, zz=1)', type(e).__name__, e)
try:
    r = [3, 1, 2].remove(2, 1, 2, 3, 4)
    print('[3, 1, 2].remove(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('[3, 1, 2].remove(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = [3, 1, 2].reverse(zz=1)
    print('[3, 1, 2].reverse(zz=1)', 'ok')
except Exception as e:
    print('[3, 1, 2].reverse(zz=1)', type(e).__name__, e)
try:
    r = [3, 1, 2].reverse(1, 2, 3, 4)
    print('[3, 1, 2].reverse(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('[3, 1, 2].reverse(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = [3, 1, 2].sort(zz=1)
    print('[3, 1, 2].sort(zz=1)', 'ok')
except Exception as e:
    print('[3, 1, 2].sort(zz=1)', type(e).__name__, e)
try:
    r = [3, 1, 2].sort(1, 2, 3, 4)
    print('[3, 1, 2].sort(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('[3, 1, 2].sort(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.clear(zz=1)
    print('{1: 2, 3: 4}.clear(zz=1)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.clear(zz=1)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.clear(1, 2, 3, 4)
    print('{1: 2, 3: 4}.clear(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.clear(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.copy(zz=1)
    print('{1: 2, 3: 4}.copy(zz=1)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.copy(zz=1)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.copy(1, 2, 3, 4)
    print('{1: 2, 3: 4}.copy(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.copy(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.fromkeys('ab', zz=1)
    print("{1: 2, 3: 4}.fromkeys('ab', zz=1)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.fromkeys('ab', zz=1)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.fromkeys('ab', 1, 2, 3, 4)
    print("{1: 2, 3: 4}.fromkeys('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.fromkeys('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.get('ab', zz=1)
    print("{1: 2, 3: 4}.get('ab', zz=1)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.get('ab', zz=1)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.get('ab', 1, 2, 3, 4)
    print("{1: 2, 3: 4}.get('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.get('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.items(zz=1)
    print('{1: 2, 3: 4}.items(zz=1)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.items(zz=1)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.items(1, 2, 3, 4)
    print('{1: 2, 3: 4}.items(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.items(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.keys(zz=1)
    print('{1: 2, 3: 4}.keys(zz=1)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.keys(zz=1)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.keys(1, 2, 3, 4)
    print('{1: 2, 3: 4}.keys(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.keys(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.pop('ab', 'ab', zz=1)
    print("{1: 2, 3: 4}.pop('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.pop('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.pop('ab', 'ab', 1, 2, 3, 4)
    print("{1: 2, 3: 4}.pop('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.pop('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.popitem(zz=1)
    print('{1: 2, 3: 4}.popitem(zz=1)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.popitem(zz=1)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.popitem(1, 2, 3, 4)
    print('{1: 2, 3: 4}.popitem(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.popitem(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.setdefault('ab', zz=1)
    print("{1: 2, 3: 4}.setdefault('ab', zz=1)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.setdefault('ab', zz=1)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.setdefault('ab', 1, 2, 3, 4)
    print("{1: 2, 3: 4}.setdefault('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1: 2, 3: 4}.setdefault('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.update(zz=1)
    print('{1: 2, 3: 4}.update(zz=1)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.update(zz=1)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.update(1, 2, 3, 4)
    print('{1: 2, 3: 4}.update(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.update(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.values(zz=1)
    print('{1: 2, 3: 4}.values(zz=1)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.values(zz=1)', type(e).__name__, e)
try:
    r = {1: 2, 3: 4}.values(1, 2, 3, 4)
    print('{1: 2, 3: 4}.values(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1: 2, 3: 4}.values(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.add('ab', zz=1)
    print("{1, 2}.add('ab', zz=1)", 'ok')
except Exception as e:
    print("{1, 2}.add('ab', zz=1)", type(e).__name__, e)
try:
    r = {1, 2}.add('ab', 1, 2, 3, 4)
    print("{1, 2}.add('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1, 2}.add('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1, 2}.clear(zz=1)
    print('{1, 2}.clear(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.clear(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.clear(1, 2, 3, 4)
    print('{1, 2}.clear(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.clear(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.copy(zz=1)
    print('{1, 2}.copy(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.copy(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.copy(1, 2, 3, 4)
    print('{1, 2}.copy(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.copy(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.difference(zz=1)
    print('{1, 2}.difference(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.difference(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.difference(1, 2, 3, 4)
    print('{1, 2}.difference(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.difference(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.difference_update(zz=1)
    print('{1, 2}.difference_update(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.difference_update(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.difference_update(1, 2, 3, 4)
    print('{1, 2}.difference_update(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.difference_update(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.discard('ab', zz=1)
    print("{1, 2}.discard('ab', zz=1)", 'ok')
except Exception as e:
    print("{1, 2}.discard('ab', zz=1)", type(e).__name__, e)
try:
    r = {1, 2}.discard('ab', 1, 2, 3, 4)
    print("{1, 2}.discard('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1, 2}.discard('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1, 2}.intersection(zz=1)
    print('{1, 2}.intersection(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.intersection(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.intersection(1, 2, 3, 4)
    print('{1, 2}.intersection(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.intersection(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.intersection_update(zz=1)
    print('{1, 2}.intersection_update(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.intersection_update(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.intersection_update(1, 2, 3, 4)
    print('{1, 2}.intersection_update(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.intersection_update(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.isdisjoint('ab', zz=1)
    print("{1, 2}.isdisjoint('ab', zz=1)", 'ok')
except Exception as e:
    print("{1, 2}.isdisjoint('ab', zz=1)", type(e).__name__, e)
try:
    r = {1, 2}.isdisjoint('ab', 1, 2, 3, 4)
    print("{1, 2}.isdisjoint('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1, 2}.isdisjoint('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1, 2}.issubset('ab', zz=1)
    print("{1, 2}.issubset('ab', zz=1)", 'ok')
except Exception as e:
    print("{1, 2}.issubset('ab', zz=1)", type(e).__name__, e)
try:
    r = {1, 2}.issubset('ab', 1, 2, 3, 4)
    print("{1, 2}.issubset('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1, 2}.issubset('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1, 2}.issuperset('ab', zz=1)
    print("{1, 2}.issuperset('ab', zz=1)", 'ok')
except Exception as e:
    print("{1, 2}.issuperset('ab', zz=1)", type(e).__name__, e)
try:
    r = {1, 2}.issuperset('ab', 1, 2, 3, 4)
    print("{1, 2}.issuperset('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1, 2}.issuperset('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1, 2}.pop(zz=1)
    print('{1, 2}.pop(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.pop(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.pop(1, 2, 3, 4)
    print('{1, 2}.pop(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.pop(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.remove(2, zz=1)
    print('{1, 2}.remove(2, zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.remove(2, zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.remove(2, 1, 2, 3, 4)
    print('{1, 2}.remove(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.remove(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.symmetric_difference('ab', zz=1)
    print("{1, 2}.symmetric_difference('ab', zz=1)", 'ok')
except Exception as e:
    print("{1, 2}.symmetric_difference('ab', zz=1)", type(e).__name__, e)
try:
    r = {1, 2}.symmetric_difference('ab', 1, 2, 3, 4)
    print("{1, 2}.symmetric_difference('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1, 2}.symmetric_difference('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1, 2}.symmetric_difference_update('ab', zz=1)
    print("{1, 2}.symmetric_difference_update('ab', zz=1)", 'ok')
except Exception as e:
    print("{1, 2}.symmetric_difference_update('ab', zz=1)", type(e).__name__, e)
try:
    r = {1, 2}.symmetric_difference_update('ab', 1, 2, 3, 4)
    print("{1, 2}.symmetric_difference_update('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("{1, 2}.symmetric_difference_update('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = {1, 2}.union(zz=1)
    print('{1, 2}.union(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.union(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.union(1, 2, 3, 4)
    print('{1, 2}.union(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.union(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = {1, 2}.update(zz=1)
    print('{1, 2}.update(zz=1)', 'ok')
except Exception as e:
    print('{1, 2}.update(zz=1)', type(e).__name__, e)
try:
    r = {1, 2}.update(1, 2, 3, 4)
    print('{1, 2}.update(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('{1, 2}.update(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = 'a,b'.capitalize(zz=1)
    print("'a,b'.capitalize(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.capitalize(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.capitalize(1, 2, 3, 4)
    print("'a,b'.capitalize(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.capitalize(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.casefold(zz=1)
    print("'a,b'.casefold(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.casefold(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.casefold(1, 2, 3, 4)
    print("'a,b'.casefold(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.casefold(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.center(2, zz=1)
    print("'a,b'.center(2, zz=1)", 'ok')
except Exception as e:
    print("'a,b'.center(2, zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.center(2, 1, 2, 3, 4)
    print("'a,b'.center(2, 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.center(2, 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.count('ab', zz=1)
    print("'a,b'.count('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.count('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.count('ab', 1, 2, 3, 4)
    print("'a,b'.count('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.count('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.endswith('ab', zz=1)
    print("'a,b'.endswith('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.endswith('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.endswith('ab', 1, 2, 3, 4)
    print("'a,b'.endswith('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.endswith('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.expandtabs(zz=1)
    print("'a,b'.expandtabs(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.expandtabs(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.expandtabs(1, 2, 3, 4)
    print("'a,b'.expandtabs(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.expandtabs(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.find('ab', zz=1)
    print("'a,b'.find('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.find('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.find('ab', 1, 2, 3, 4)
    print("'a,b'.find('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.find('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.format(zz=1)
    print("'a,b'.format(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.format(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.format(1, 2, 3, 4)
    print("'a,b'.format(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.format(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isalnum(zz=1)
    print("'a,b'.isalnum(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isalnum(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isalnum(1, 2, 3, 4)
    print("'a,b'.isalnum(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isalnum(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isalpha(zz=1)
    print("'a,b'.isalpha(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isalpha(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isalpha(1, 2, 3, 4)
    print("'a,b'.isalpha(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isalpha(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isascii(zz=1)
    print("'a,b'.isascii(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isascii(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isascii(1, 2, 3, 4)
    print("'a,b'.isascii(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isascii(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isdecimal(zz=1)
    print("'a,b'.isdecimal(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isdecimal(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isdecimal(1, 2, 3, 4)
    print("'a,b'.isdecimal(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isdecimal(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isdigit(zz=1)
    print("'a,b'.isdigit(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isdigit(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isdigit(1, 2, 3, 4)
    print("'a,b'.isdigit(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isdigit(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isidentifier(zz=1)
    print("'a,b'.isidentifier(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isidentifier(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isidentifier(1, 2, 3, 4)
    print("'a,b'.isidentifier(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isidentifier(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.islower(zz=1)
    print("'a,b'.islower(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.islower(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.islower(1, 2, 3, 4)
    print("'a,b'.islower(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.islower(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isnumeric(zz=1)
    print("'a,b'.isnumeric(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isnumeric(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isnumeric(1, 2, 3, 4)
    print("'a,b'.isnumeric(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isnumeric(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isprintable(zz=1)
    print("'a,b'.isprintable(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isprintable(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isprintable(1, 2, 3, 4)
    print("'a,b'.isprintable(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isprintable(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isspace(zz=1)
    print("'a,b'.isspace(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isspace(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isspace(1, 2, 3, 4)
    print("'a,b'.isspace(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isspace(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.istitle(zz=1)
    print("'a,b'.istitle(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.istitle(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.istitle(1, 2, 3, 4)
    print("'a,b'.istitle(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.istitle(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.isupper(zz=1)
    print("'a,b'.isupper(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.isupper(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.isupper(1, 2, 3, 4)
    print("'a,b'.isupper(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.isupper(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.join('ab', zz=1)
    print("'a,b'.join('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.join('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.join('ab', 1, 2, 3, 4)
    print("'a,b'.join('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.join('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.ljust(2, zz=1)
    print("'a,b'.ljust(2, zz=1)", 'ok')
except Exception as e:
    print("'a,b'.ljust(2, zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.ljust(2, 1, 2, 3, 4)
    print("'a,b'.ljust(2, 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.ljust(2, 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.lower(zz=1)
    print("'a,b'.lower(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.lower(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.lower(1, 2, 3, 4)
    print("'a,b'.lower(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.lower(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.lstrip(zz=1)
    print("'a,b'.lstrip(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.lstrip(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.lstrip(1, 2, 3, 4)
    print("'a,b'.lstrip(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.lstrip(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.partition('ab', zz=1)
    print("'a,b'.partition('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.partition('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.partition('ab', 1, 2, 3, 4)
    print("'a,b'.partition('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.partition('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.removeprefix('ab', zz=1)
    print("'a,b'.removeprefix('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.removeprefix('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.removeprefix('ab', 1, 2, 3, 4)
    print("'a,b'.removeprefix('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.removeprefix('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.removesuffix('ab', zz=1)
    print("'a,b'.removesuffix('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.removesuffix('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.removesuffix('ab', 1, 2, 3, 4)
    print("'a,b'.removesuffix('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.removesuffix('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.replace('ab', 'ab', zz=1)
    print("'a,b'.replace('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.replace('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.replace('ab', 'ab', 1, 2, 3, 4)
    print("'a,b'.replace('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.replace('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.rfind('ab', zz=1)
    print("'a,b'.rfind('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.rfind('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.rfind('ab', 1, 2, 3, 4)
    print("'a,b'.rfind('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.rfind('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.rjust(2, zz=1)
    print("'a,b'.rjust(2, zz=1)", 'ok')
except Exception as e:
    print("'a,b'.rjust(2, zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.rjust(2, 1, 2, 3, 4)
    print("'a,b'.rjust(2, 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.rjust(2, 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.rpartition('ab', zz=1)
    print("'a,b'.rpartition('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.rpartition('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.rpartition('ab', 1, 2, 3, 4)
    print("'a,b'.rpartition('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.rpartition('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.rsplit(zz=1)
    print("'a,b'.rsplit(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.rsplit(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.rsplit(1, 2, 3, 4)
    print("'a,b'.rsplit(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.rsplit(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.rstrip(zz=1)
    print("'a,b'.rstrip(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.rstrip(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.rstrip(1, 2, 3, 4)
    print("'a,b'.rstrip(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.rstrip(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.split(zz=1)
    print("'a,b'.split(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.split(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.split(1, 2, 3, 4)
    print("'a,b'.split(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.split(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.splitlines(zz=1)
    print("'a,b'.splitlines(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.splitlines(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.splitlines(1, 2, 3, 4)
    print("'a,b'.splitlines(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.splitlines(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.startswith('ab', zz=1)
    print("'a,b'.startswith('ab', zz=1)", 'ok')
except Exception as e:
    print("'a,b'.startswith('ab', zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.startswith('ab', 1, 2, 3, 4)
    print("'a,b'.startswith('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.startswith('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.strip(zz=1)
    print("'a,b'.strip(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.strip(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.strip(1, 2, 3, 4)
    print("'a,b'.strip(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.strip(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.swapcase(zz=1)
    print("'a,b'.swapcase(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.swapcase(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.swapcase(1, 2, 3, 4)
    print("'a,b'.swapcase(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.swapcase(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.title(zz=1)
    print("'a,b'.title(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.title(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.title(1, 2, 3, 4)
    print("'a,b'.title(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.title(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.upper(zz=1)
    print("'a,b'.upper(zz=1)", 'ok')
except Exception as e:
    print("'a,b'.upper(zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.upper(1, 2, 3, 4)
    print("'a,b'.upper(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.upper(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = 'a,b'.zfill(2, zz=1)
    print("'a,b'.zfill(2, zz=1)", 'ok')
except Exception as e:
    print("'a,b'.zfill(2, zz=1)", type(e).__name__, e)
try:
    r = 'a,b'.zfill(2, 1, 2, 3, 4)
    print("'a,b'.zfill(2, 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("'a,b'.zfill(2, 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = (1, 2, 1).count('ab', zz=1)
    print("(1, 2, 1).count('ab', zz=1)", 'ok')
except Exception as e:
    print("(1, 2, 1).count('ab', zz=1)", type(e).__name__, e)
try:
    r = (1, 2, 1).count('ab', 1, 2, 3, 4)
    print("(1, 2, 1).count('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("(1, 2, 1).count('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = (1, 2, 1).index(2, zz=1)
    print('(1, 2, 1).index(2, zz=1)', 'ok')
except Exception as e:
    print('(1, 2, 1).index(2, zz=1)', type(e).__name__, e)
try:
    r = (1, 2, 1).index(2, 1, 2, 3, 4)
    print('(1, 2, 1).index(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('(1, 2, 1).index(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).copy(zz=1)
    print('frozenset({1, 2}).copy(zz=1)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).copy(zz=1)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).copy(1, 2, 3, 4)
    print('frozenset({1, 2}).copy(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).copy(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).difference(zz=1)
    print('frozenset({1, 2}).difference(zz=1)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).difference(zz=1)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).difference(1, 2, 3, 4)
    print('frozenset({1, 2}).difference(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).difference(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).intersection(zz=1)
    print('frozenset({1, 2}).intersection(zz=1)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).intersection(zz=1)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).intersection(1, 2, 3, 4)
    print('frozenset({1, 2}).intersection(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).intersection(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).isdisjoint('ab', zz=1)
    print("frozenset({1, 2}).isdisjoint('ab', zz=1)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).isdisjoint('ab', zz=1)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).isdisjoint('ab', 1, 2, 3, 4)
    print("frozenset({1, 2}).isdisjoint('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).isdisjoint('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).issubset('ab', zz=1)
    print("frozenset({1, 2}).issubset('ab', zz=1)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).issubset('ab', zz=1)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).issubset('ab', 1, 2, 3, 4)
    print("frozenset({1, 2}).issubset('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).issubset('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).issuperset('ab', zz=1)
    print("frozenset({1, 2}).issuperset('ab', zz=1)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).issuperset('ab', zz=1)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).issuperset('ab', 1, 2, 3, 4)
    print("frozenset({1, 2}).issuperset('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).issuperset('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).symmetric_difference('ab', zz=1)
    print("frozenset({1, 2}).symmetric_difference('ab', zz=1)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).symmetric_difference('ab', zz=1)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).symmetric_difference('ab', 1, 2, 3, 4)
    print("frozenset({1, 2}).symmetric_difference('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("frozenset({1, 2}).symmetric_difference('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = frozenset({1, 2}).union(zz=1)
    print('frozenset({1, 2}).union(zz=1)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).union(zz=1)', type(e).__name__, e)
try:
    r = frozenset({1, 2}).union(1, 2, 3, 4)
    print('frozenset({1, 2}).union(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('frozenset({1, 2}).union(1, 2, 3, 4)', type(e).__name__, e)
