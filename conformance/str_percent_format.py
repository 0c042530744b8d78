# printf-style formatting of a str, every part of it: mapping keys, flags, widths and precisions
# (from the arguments too), the length modifiers, each conversion, and CPython's errors.
try:
    print("'%05d' % 42", '->', repr('%05d' % 42))
except Exception as e:
    print("'%05d' % 42", '->', type(e).__name__, str(e)[:120])
try:
    print("'%05d' % -42", '->', repr('%05d' % -42))
except Exception as e:
    print("'%05d' % -42", '->', type(e).__name__, str(e)[:120])
try:
    print("'%-5d|' % 42", '->', repr('%-5d|' % 42))
except Exception as e:
    print("'%-5d|' % 42", '->', type(e).__name__, str(e)[:120])
try:
    print("'%+d' % 5", '->', repr('%+d' % 5))
except Exception as e:
    print("'%+d' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'% d' % 5", '->', repr('% d' % 5))
except Exception as e:
    print("'% d' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%x' % 255", '->', repr('%x' % 255))
except Exception as e:
    print("'%x' % 255", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#x' % 255", '->', repr('%#x' % 255))
except Exception as e:
    print("'%#x' % 255", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#o' % 8", '->', repr('%#o' % 8))
except Exception as e:
    print("'%#o' % 8", '->', type(e).__name__, str(e)[:120])
try:
    print("'%08.3f' % 3.14159", '->', repr('%08.3f' % 3.14159))
except Exception as e:
    print("'%08.3f' % 3.14159", '->', type(e).__name__, str(e)[:120])
try:
    print("'%e' % 12345.678", '->', repr('%e' % 12345.678))
except Exception as e:
    print("'%e' % 12345.678", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.2e' % 0.000123", '->', repr('%.2e' % 0.000123))
except Exception as e:
    print("'%.2e' % 0.000123", '->', type(e).__name__, str(e)[:120])
try:
    print("'%g' % 1e-5", '->', repr('%g' % 1e-5))
except Exception as e:
    print("'%g' % 1e-5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%G' % 1e20", '->', repr('%G' % 1e20))
except Exception as e:
    print("'%G' % 1e20", '->', type(e).__name__, str(e)[:120])
try:
    print("'%10.4s|' % 'abcdefg'", '->', repr('%10.4s|' % 'abcdefg'))
except Exception as e:
    print("'%10.4s|' % 'abcdefg'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%c' % 65", '->', repr('%c' % 65))
except Exception as e:
    print("'%c' % 65", '->', type(e).__name__, str(e)[:120])
try:
    print("'%c' % 'z'", '->', repr('%c' % 'z'))
except Exception as e:
    print("'%c' % 'z'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%r' % 'x'", '->', repr('%r' % 'x'))
except Exception as e:
    print("'%r' % 'x'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%a' % 'é'", '->', repr('%a' % 'é'))
except Exception as e:
    print("'%a' % 'é'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%%'  % ()", '->', repr('%%'  % ()))
except Exception as e:
    print("'%%'  % ()", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(a)s-%(b)d' % {'a': 1, 'b': 2}", '->', repr('%(a)s-%(b)d' % {'a': 1, 'b': 2}))
except Exception as e:
    print("'%(a)s-%(b)d' % {'a': 1, 'b': 2}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%*d' % (5, 3)", '->', repr('%*d' % (5, 3)))
except Exception as e:
    print("'%*d' % (5, 3)", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.*f' % (2, 3.14159)", '->', repr('%.*f' % (2, 3.14159)))
except Exception as e:
    print("'%.*f' % (2, 3.14159)", '->', type(e).__name__, str(e)[:120])
try:
    print("'%i' % 3.9", '->', repr('%i' % 3.9))
except Exception as e:
    print("'%i' % 3.9", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % True", '->', repr('%d' % True))
except Exception as e:
    print("'%d' % True", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s' % None", '->', repr('%s' % None))
except Exception as e:
    print("'%s' % None", '->', type(e).__name__, str(e)[:120])
try:
    print("'%5s' % [1]", '->', repr('%5s' % [1]))
except Exception as e:
    print("'%5s' % [1]", '->', type(e).__name__, str(e)[:120])
try:
    print("'%X' % 3054", '->', repr('%X' % 3054))
except Exception as e:
    print("'%X' % 3054", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#X' % 3054", '->', repr('%#X' % 3054))
except Exception as e:
    print("'%#X' % 3054", '->', type(e).__name__, str(e)[:120])
try:
    print("'%o' % -8", '->', repr('%o' % -8))
except Exception as e:
    print("'%o' % -8", '->', type(e).__name__, str(e)[:120])
try:
    print("'%u' % 7", '->', repr('%u' % 7))
except Exception as e:
    print("'%u' % 7", '->', type(e).__name__, str(e)[:120])
try:
    print("'%F' % 1.5", '->', repr('%F' % 1.5))
except Exception as e:
    print("'%F' % 1.5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.0f' % 2.5", '->', repr('%.0f' % 2.5))
except Exception as e:
    print("'%.0f' % 2.5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.3g' % 1234.5", '->', repr('%.3g' % 1234.5))
except Exception as e:
    print("'%.3g' % 1234.5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#g' % 1.0", '->', repr('%#g' % 1.0))
except Exception as e:
    print("'%#g' % 1.0", '->', type(e).__name__, str(e)[:120])
try:
    print("'%-08d|' % 5", '->', repr('%-08d|' % 5))
except Exception as e:
    print("'%-08d|' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%+05d' % 5", '->', repr('%+05d' % 5))
except Exception as e:
    print("'%+05d' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'% 05d' % 5", '->', repr('% 05d' % 5))
except Exception as e:
    print("'% 05d' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%05s|' % 'ab'", '->', repr('%05s|' % 'ab'))
except Exception as e:
    print("'%05s|' % 'ab'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%05.1f' % -2.25", '->', repr('%05.1f' % -2.25))
except Exception as e:
    print("'%05.1f' % -2.25", '->', type(e).__name__, str(e)[:120])
try:
    print("'%010.3e' % 123.456", '->', repr('%010.3e' % 123.456))
except Exception as e:
    print("'%010.3e' % 123.456", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d %s' % (1,)", '->', repr('%d %s' % (1,)))
except Exception as e:
    print("'%d %s' % (1,)", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % '1'", '->', repr('%d' % '1'))
except Exception as e:
    print("'%d' % '1'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%z' % 1", '->', repr('%z' % 1))
except Exception as e:
    print("'%z' % 1", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s %s' % ('a', 'b', 'c')", '->', repr('%s %s' % ('a', 'b', 'c')))
except Exception as e:
    print("'%s %s' % ('a', 'b', 'c')", '->', type(e).__name__, str(e)[:120])
try:
    print("'%5%' % (1,)", '->', repr('%5%' % (1,)))
except Exception as e:
    print("'%5%' % (1,)", '->', type(e).__name__, str(e)[:120])
try:
    print("'%-5%|' % (1,)", '->', repr('%-5%|' % (1,)))
except Exception as e:
    print("'%-5%|' % (1,)", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(a)s' % 5", '->', repr('%(a)s' % 5))
except Exception as e:
    print("'%(a)s' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%*d' % ('a', 1)", '->', repr('%*d' % ('a', 1)))
except Exception as e:
    print("'%*d' % ('a', 1)", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(a' % {}", '->', repr('%(a' % {}))
except Exception as e:
    print("'%(a' % {}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(a)s' % {}", '->', repr('%(a)s' % {}))
except Exception as e:
    print("'%(a)s' % {}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.*s' % (-1, 'ab')", '->', repr('%.*s' % (-1, 'ab')))
except Exception as e:
    print("'%.*s' % (-1, 'ab')", '->', type(e).__name__, str(e)[:120])
try:
    print("'%*s|' % (-4, 'ab')", '->', repr('%*s|' % (-4, 'ab')))
except Exception as e:
    print("'%*s|' % (-4, 'ab')", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s' % 'ab'", '->', repr('%s' % 'ab'))
except Exception as e:
    print("'%s' % 'ab'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s %s' % 'ab'", '->', repr('%s %s' % 'ab'))
except Exception as e:
    print("'%s %s' % 'ab'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(a)s' % {'a': 1, 'b': 2}", '->', repr('%(a)s' % {'a': 1, 'b': 2}))
except Exception as e:
    print("'%(a)s' % {'a': 1, 'b': 2}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%c' % 256", '->', repr('%c' % 256))
except Exception as e:
    print("'%c' % 256", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % '5'", '->', repr('%d' % '5'))
except Exception as e:
    print("'%d' % '5'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % None", '->', repr('%d' % None))
except Exception as e:
    print("'%d' % None", '->', type(e).__name__, str(e)[:120])
try:
    print("'%i' % 2.0**70", '->', repr('%i' % 2.0**70))
except Exception as e:
    print("'%i' % 2.0**70", '->', type(e).__name__, str(e)[:120])
try:
    print("'%o' % True", '->', repr('%o' % True))
except Exception as e:
    print("'%o' % True", '->', type(e).__name__, str(e)[:120])
try:
    print("'%c' % True", '->', repr('%c' % True))
except Exception as e:
    print("'%c' % True", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.0e' % 5", '->', repr('%.0e' % 5))
except Exception as e:
    print("'%.0e' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%r' % 'é'", '->', repr('%r' % 'é'))
except Exception as e:
    print("'%r' % 'é'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%a' % 1.5", '->', repr('%a' % 1.5))
except Exception as e:
    print("'%a' % 1.5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%-+7.2f|' % 3.14159", '->', repr('%-+7.2f|' % 3.14159))
except Exception as e:
    print("'%-+7.2f|' % 3.14159", '->', type(e).__name__, str(e)[:120])
try:
    print("'%  d' % 5", '->', repr('%  d' % 5))
except Exception as e:
    print("'%  d' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#5x' % 255", '->', repr('%#5x' % 255))
except Exception as e:
    print("'%#5x' % 255", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#05x' % 255", '->', repr('%#05x' % 255))
except Exception as e:
    print("'%#05x' % 255", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.3x' % 255", '->', repr('%.3x' % 255))
except Exception as e:
    print("'%.3x' % 255", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % 10**5000", '->', repr('%d' % 10**5000))
except Exception as e:
    print("'%d' % 10**5000", '->', type(e).__name__, str(e)[:120])
try:
    print("'%ld' % 5", '->', repr('%ld' % 5))
except Exception as e:
    print("'%ld' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%hd' % 5", '->', repr('%hd' % 5))
except Exception as e:
    print("'%hd' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%Lf' % 1.0", '->', repr('%Lf' % 1.0))
except Exception as e:
    print("'%Lf' % 1.0", '->', type(e).__name__, str(e)[:120])
try:
    print("'%lld' % 5", '->', repr('%lld' % 5))
except Exception as e:
    print("'%lld' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%\\x01' % 1", '->', repr('%\x01' % 1))
except Exception as e:
    print("'%\\x01' % 1", '->', type(e).__name__, str(e)[:120])
try:
    print("'%é' % 1", '->', repr('%é' % 1))
except Exception as e:
    print("'%é' % 1", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(a)(b)s' % {'a(b': 1}", '->', repr('%(a)(b)s' % {'a(b': 1}))
except Exception as e:
    print("'%(a)(b)s' % {'a(b': 1}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%((a))s' % {'(a)': 2}", '->', repr('%((a))s' % {'(a)': 2}))
except Exception as e:
    print("'%((a))s' % {'(a)': 2}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%-%' % ()", '->', repr('%-%' % ()))
except Exception as e:
    print("'%-%' % ()", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#s' % 'a'", '->', repr('%#s' % 'a'))
except Exception as e:
    print("'%#s' % 'a'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%05c' % 'x'", '->', repr('%05c' % 'x'))
except Exception as e:
    print("'%05c' % 'x'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.2c' % 'x'", '->', repr('%.2c' % 'x'))
except Exception as e:
    print("'%.2c' % 'x'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%05.3d' % 5", '->', repr('%05.3d' % 5))
except Exception as e:
    print("'%05.3d' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.3d' % -5", '->', repr('%.3d' % -5))
except Exception as e:
    print("'%.3d' % -5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#.3o' % 8", '->', repr('%#.3o' % 8))
except Exception as e:
    print("'%#.3o' % 8", '->', type(e).__name__, str(e)[:120])
try:
    print("'%-6.3x|' % 10", '->', repr('%-6.3x|' % 10))
except Exception as e:
    print("'%-6.3x|' % 10", '->', type(e).__name__, str(e)[:120])
try:
    print("'%05f' % float('inf')", '->', repr('%05f' % float('inf')))
except Exception as e:
    print("'%05f' % float('inf')", '->', type(e).__name__, str(e)[:120])
try:
    print("'%-05d|' % 3", '->', repr('%-05d|' % 3))
except Exception as e:
    print("'%-05d|' % 3", '->', type(e).__name__, str(e)[:120])
try:
    print("'%+.2f' % 1.005", '->', repr('%+.2f' % 1.005))
except Exception as e:
    print("'%+.2f' % 1.005", '->', type(e).__name__, str(e)[:120])
try:
    print("'%5.1e' % 1e10", '->', repr('%5.1e' % 1e10))
except Exception as e:
    print("'%5.1e' % 1e10", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#x' % 0", '->', repr('%#x' % 0))
except Exception as e:
    print("'%#x' % 0", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#o' % 0", '->', repr('%#o' % 0))
except Exception as e:
    print("'%#o' % 0", '->', type(e).__name__, str(e)[:120])
try:
    print("'%x' % -255", '->', repr('%x' % -255))
except Exception as e:
    print("'%x' % -255", '->', type(e).__name__, str(e)[:120])
try:
    print("'%#x' % -255", '->', repr('%#x' % -255))
except Exception as e:
    print("'%#x' % -255", '->', type(e).__name__, str(e)[:120])
try:
    print("'%c' % 0x1f600", '->', repr('%c' % 0x1f600))
except Exception as e:
    print("'%c' % 0x1f600", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.1s' % 'abc'", '->', repr('%.1s' % 'abc'))
except Exception as e:
    print("'%.1s' % 'abc'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%5r' % 'a'", '->', repr('%5r' % 'a'))
except Exception as e:
    print("'%5r' % 'a'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%3c' % 'x'", '->', repr('%3c' % 'x'))
except Exception as e:
    print("'%3c' % 'x'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % 2**70", '->', repr('%d' % 2**70))
except Exception as e:
    print("'%d' % 2**70", '->', type(e).__name__, str(e)[:120])
try:
    print("'%x' % 2.0", '->', repr('%x' % 2.0))
except Exception as e:
    print("'%x' % 2.0", '->', type(e).__name__, str(e)[:120])
try:
    print("'%e' % 5", '->', repr('%e' % 5))
except Exception as e:
    print("'%e' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%f' % '1'", '->', repr('%f' % '1'))
except Exception as e:
    print("'%f' % '1'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%c' % 'ab'", '->', repr('%c' % 'ab'))
except Exception as e:
    print("'%c' % 'ab'", '->', type(e).__name__, str(e)[:120])
try:
    print("'%c' % -1", '->', repr('%c' % -1))
except Exception as e:
    print("'%c' % -1", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(x)s' % {'x': 1}", '->', repr('%(x)s' % {'x': 1}))
except Exception as e:
    print("'%(x)s' % {'x': 1}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s' % {'x': 1}", '->', repr('%s' % {'x': 1}))
except Exception as e:
    print("'%s' % {'x': 1}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % 1.5", '->', repr('%d' % 1.5))
except Exception as e:
    print("'%d' % 1.5", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s%%' % 3", '->', repr('%s%%' % 3))
except Exception as e:
    print("'%s%%' % 3", '->', type(e).__name__, str(e)[:120])
try:
    print("'%' % 1", '->', repr('%' % 1))
except Exception as e:
    print("'%' % 1", '->', type(e).__name__, str(e)[:120])
try:
    print("'%.2f%' % 1.0", '->', repr('%.2f%' % 1.0))
except Exception as e:
    print("'%.2f%' % 1.0", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s' % ()", '->', repr('%s' % ()))
except Exception as e:
    print("'%s' % ()", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s' % (1,)", '->', repr('%s' % (1,)))
except Exception as e:
    print("'%s' % (1,)", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s' % [1, 2]", '->', repr('%s' % [1, 2]))
except Exception as e:
    print("'%s' % [1, 2]", '->', type(e).__name__, str(e)[:120])
try:
    print("'abc' % 5", '->', repr('abc' % 5))
except Exception as e:
    print("'abc' % 5", '->', type(e).__name__, str(e)[:120])
try:
    print("'abc' % {}", '->', repr('abc' % {}))
except Exception as e:
    print("'abc' % {}", '->', type(e).__name__, str(e)[:120])
try:
    print("'abc' % []", '->', repr('abc' % []))
except Exception as e:
    print("'abc' % []", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(a)s %s' % {'a': 1}", '->', repr('%(a)s %s' % {'a': 1}))
except Exception as e:
    print("'%(a)s %s' % {'a': 1}", '->', type(e).__name__, str(e)[:120])
try:
    print("'%d' % float('nan')", '->', repr('%d' % float('nan')))
except Exception as e:
    print("'%d' % float('nan')", '->', type(e).__name__, str(e)[:120])
try:
    print("'%f' % 2**2000", '->', repr('%f' % 2**2000))
except Exception as e:
    print("'%f' % 2**2000", '->', type(e).__name__, str(e)[:120])
try:
    print("'%s and %s' % (1, [2])", '->', repr('%s and %s' % (1, [2])))
except Exception as e:
    print("'%s and %s' % (1, [2])", '->', type(e).__name__, str(e)[:120])
try:
    print("'%(n)05.1f|%(n)-6d|' % {'n': 3.25}", '->', repr('%(n)05.1f|%(n)-6d|' % {'n': 3.25}))
except Exception as e:
    print("'%(n)05.1f|%(n)-6d|' % {'n': 3.25}", '->', type(e).__name__, str(e)[:120])
