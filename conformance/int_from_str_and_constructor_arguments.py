# int() of a str in every base, with CPython's prefixes, underscores, spaces and digit limit; and
# the built-in constructors' keyword and positional arguments (int, str, float, list, tuple,
# bool, dict, range), each accepted or refused with CPython's error.
try:
    print("int('0x10', 16)", '->', repr(int('0x10', 16)))
except Exception as e:
    print("int('0x10', 16)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('10', 2)", '->', repr(int('10', 2)))
except Exception as e:
    print("int('10', 2)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('10', base=2)", '->', repr(int('10', base=2)))
except Exception as e:
    print("int('10', base=2)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('z', 36)", '->', repr(int('z', 36)))
except Exception as e:
    print("int('z', 36)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0b101', 0)", '->', repr(int('0b101', 0)))
except Exception as e:
    print("int('0b101', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('010', 0)", '->', repr(int('010', 0)))
except Exception as e:
    print("int('010', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('00', 0)", '->', repr(int('00', 0)))
except Exception as e:
    print("int('00', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0_0', 0)", '->', repr(int('0_0', 0)))
except Exception as e:
    print("int('0_0', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1__0')", '->', repr(int('1__0')))
except Exception as e:
    print("int('1__0')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('_1')", '->', repr(int('_1')))
except Exception as e:
    print("int('_1')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1_')", '->', repr(int('1_')))
except Exception as e:
    print("int('1_')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0x_ff', 16)", '->', repr(int('0x_ff', 16)))
except Exception as e:
    print("int('0x_ff', 16)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0x_ff', 0)", '->', repr(int('0x_ff', 0)))
except Exception as e:
    print("int('0x_ff', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('ff', 1)", '->', repr(int('ff', 1)))
except Exception as e:
    print("int('ff', 1)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('ff', 37)", '->', repr(int('ff', 37)))
except Exception as e:
    print("int('ff', 37)", '->', type(e).__name__, str(e)[:150])
try:
    print('int(5, 2)', '->', repr(int(5, 2)))
except Exception as e:
    print('int(5, 2)', '->', type(e).__name__, str(e)[:150])
try:
    print('int(x=5)', '->', repr(int(x=5)))
except Exception as e:
    print('int(x=5)', '->', type(e).__name__, str(e)[:150])
try:
    print("int('7', base=8.0)", '->', repr(int('7', base=8.0)))
except Exception as e:
    print("int('7', base=8.0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('  -0o17  ', 0)", '->', repr(int('  -0o17  ', 0)))
except Exception as e:
    print("int('  -0o17  ', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('- 1')", '->', repr(int('- 1')))
except Exception as e:
    print("int('- 1')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('+1')", '->', repr(int('+1')))
except Exception as e:
    print("int('+1')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('')", '->', repr(int('')))
except Exception as e:
    print("int('')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('é')", '->', repr(int('é')))
except Exception as e:
    print("int('é')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('9', 8)", '->', repr(int('9', 8)))
except Exception as e:
    print("int('9', 8)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1' * 5000, 16) > 0", '->', repr(int('1' * 5000, 16) > 0))
except Exception as e:
    print("int('1' * 5000, 16) > 0", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0x', 16)", '->', repr(int('0x', 16)))
except Exception as e:
    print("int('0x', 16)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('10', True)", '->', repr(int('10', True)))
except Exception as e:
    print("int('10', True)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('11', base=True)", '->', repr(int('11', base=True)))
except Exception as e:
    print("int('11', base=True)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('5', 10, 1)", '->', repr(int('5', 10, 1)))
except Exception as e:
    print("int('5', 10, 1)", '->', type(e).__name__, str(e)[:150])
try:
    print('int(base=10)', '->', repr(int(base=10)))
except Exception as e:
    print('int(base=10)', '->', type(e).__name__, str(e)[:150])
try:
    print("int('5', foo=1)", '->', repr(int('5', foo=1)))
except Exception as e:
    print("int('5', foo=1)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0o', 0)", '->', repr(int('0o', 0)))
except Exception as e:
    print("int('0o', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0', 0)", '->', repr(int('0', 0)))
except Exception as e:
    print("int('0', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('-0x1f', 16)", '->', repr(int('-0x1f', 16)))
except Exception as e:
    print("int('-0x1f', 16)", '->', type(e).__name__, str(e)[:150])
try:
    print('int(3.9)', '->', repr(int(3.9)))
except Exception as e:
    print('int(3.9)', '->', type(e).__name__, str(e)[:150])
try:
    print('int(-3.9)', '->', repr(int(-3.9)))
except Exception as e:
    print('int(-3.9)', '->', type(e).__name__, str(e)[:150])
try:
    print("int('10', -1)", '->', repr(int('10', -1)))
except Exception as e:
    print("int('10', -1)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('10', 0)", '->', repr(int('10', 0)))
except Exception as e:
    print("int('10', 0)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1e3')", '->', repr(int('1e3')))
except Exception as e:
    print("int('1e3')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1.5')", '->', repr(int('1.5')))
except Exception as e:
    print("int('1.5')", '->', type(e).__name__, str(e)[:150])
try:
    print("int(' 12 ')", '->', repr(int(' 12 ')))
except Exception as e:
    print("int(' 12 ')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('\\t+7\\n')", '->', repr(int('\t+7\n')))
except Exception as e:
    print("int('\\t+7\\n')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('5', 2, base=3)", '->', repr(int('5', 2, base=3)))
except Exception as e:
    print("int('5', 2, base=3)", '->', type(e).__name__, str(e)[:150])
try:
    print('int(5.5, base=10)', '->', repr(int(5.5, base=10)))
except Exception as e:
    print('int(5.5, base=10)', '->', type(e).__name__, str(e)[:150])
try:
    print("int('5', base=None)", '->', repr(int('5', base=None)))
except Exception as e:
    print("int('5', base=None)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('5', base=2**70)", '->', repr(int('5', base=2**70)))
except Exception as e:
    print("int('5', base=2**70)", '->', type(e).__name__, str(e)[:150])
try:
    print('str(1, 2, 3, 4)', '->', repr(str(1, 2, 3, 4)))
except Exception as e:
    print('str(1, 2, 3, 4)', '->', type(e).__name__, str(e)[:150])
try:
    print('str(1, foo=2)', '->', repr(str(1, foo=2)))
except Exception as e:
    print('str(1, foo=2)', '->', type(e).__name__, str(e)[:150])
try:
    print("str('a', 'utf8')", '->', repr(str('a', 'utf8')))
except Exception as e:
    print("str('a', 'utf8')", '->', type(e).__name__, str(e)[:150])
try:
    print("str(object=1, encoding='x')", '->', repr(str(object=1, encoding='x')))
except Exception as e:
    print("str(object=1, encoding='x')", '->', type(e).__name__, str(e)[:150])
try:
    print("str(5, errors='x')", '->', repr(str(5, errors='x')))
except Exception as e:
    print("str(5, errors='x')", '->', type(e).__name__, str(e)[:150])
try:
    print('str(object=5)', '->', repr(str(object=5)))
except Exception as e:
    print('str(object=5)', '->', type(e).__name__, str(e)[:150])
try:
    print("str(encoding='utf8')", '->', repr(str(encoding='utf8')))
except Exception as e:
    print("str(encoding='utf8')", '->', type(e).__name__, str(e)[:150])
try:
    print("str('x', object='y')", '->', repr(str('x', object='y')))
except Exception as e:
    print("str('x', object='y')", '->', type(e).__name__, str(e)[:150])
try:
    print('float(1, 2, 3)', '->', repr(float(1, 2, 3)))
except Exception as e:
    print('float(1, 2, 3)', '->', type(e).__name__, str(e)[:150])
try:
    print("float(x='1')", '->', repr(float(x='1')))
except Exception as e:
    print("float(x='1')", '->', type(e).__name__, str(e)[:150])
try:
    print('list(1, 2)', '->', repr(list(1, 2)))
except Exception as e:
    print('list(1, 2)', '->', type(e).__name__, str(e)[:150])
try:
    print('list(iterable=[1])', '->', repr(list(iterable=[1])))
except Exception as e:
    print('list(iterable=[1])', '->', type(e).__name__, str(e)[:150])
try:
    print('tuple(1,2)', '->', repr(tuple(1,2)))
except Exception as e:
    print('tuple(1,2)', '->', type(e).__name__, str(e)[:150])
try:
    print('bool(1,2,3)', '->', repr(bool(1,2,3)))
except Exception as e:
    print('bool(1,2,3)', '->', type(e).__name__, str(e)[:150])
try:
    print('bool(x=1)', '->', repr(bool(x=1)))
except Exception as e:
    print('bool(x=1)', '->', type(e).__name__, str(e)[:150])
try:
    print('dict(1,2)', '->', repr(dict(1,2)))
except Exception as e:
    print('dict(1,2)', '->', type(e).__name__, str(e)[:150])
try:
    print('range(stop=3)', '->', repr(range(stop=3)))
except Exception as e:
    print('range(stop=3)', '->', type(e).__name__, str(e)[:150])
try:
    print("int('1_'*4400+'1')", '->', repr(int('1_'*4400+'1')))
except Exception as e:
    print("int('1_'*4400+'1')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1'*4301 + 'x')", '->', repr(int('1'*4301 + 'x')))
except Exception as e:
    print("int('1'*4301 + 'x')", '->', type(e).__name__, str(e)[:150])
try:
    print("int('z'*4301, 36)", '->', repr(int('z'*4301, 36)))
except Exception as e:
    print("int('z'*4301, 36)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1'*4300) % 7", '->', repr(int('1'*4300) % 7))
except Exception as e:
    print("int('1'*4300) % 7", '->', type(e).__name__, str(e)[:150])
try:
    print("int('x'*300)", '->', repr(int('x'*300)))
except Exception as e:
    print("int('x'*300)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0b1', 16)", '->', repr(int('0b1', 16)))
except Exception as e:
    print("int('0b1', 16)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0o7', 36)", '->', repr(int('0o7', 36)))
except Exception as e:
    print("int('0o7', 36)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('Zz', 36)", '->', repr(int('Zz', 36)))
except Exception as e:
    print("int('Zz', 36)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('1' * 100, 7) % 1000", '->', repr(int('1' * 100, 7) % 1000))
except Exception as e:
    print("int('1' * 100, 7) % 1000", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0x1', 2)", '->', repr(int('0x1', 2)))
except Exception as e:
    print("int('0x1', 2)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('0b', 2)", '->', repr(int('0b', 2)))
except Exception as e:
    print("int('0b', 2)", '->', type(e).__name__, str(e)[:150])
try:
    print("int('-', 10)", '->', repr(int('-', 10)))
except Exception as e:
    print("int('-', 10)", '->', type(e).__name__, str(e)[:150])
