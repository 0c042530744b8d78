# Float results as CPython computes them: OverflowError where it raises, inf where it does not.
try:
    print('2.0 ** 10000', repr(2.0 ** 10000))
except Exception as ex:
    print('2.0 ** 10000', type(ex).__name__, ex)
try:
    print('1e308 * 10', repr(1e308 * 10))
except Exception as ex:
    print('1e308 * 10', type(ex).__name__, ex)
try:
    print('1e308 + 1e308', repr(1e308 + 1e308))
except Exception as ex:
    print('1e308 + 1e308', type(ex).__name__, ex)
try:
    print('-1e308 * 10', repr(-1e308 * 10))
except Exception as ex:
    print('-1e308 * 10', type(ex).__name__, ex)
try:
    print('1e300 * 1e300', repr(1e300 * 1e300))
except Exception as ex:
    print('1e300 * 1e300', type(ex).__name__, ex)
try:
    print('1 / 1e-320', repr(1 / 1e-320))
except Exception as ex:
    print('1 / 1e-320', type(ex).__name__, ex)
try:
    print('1e308 / 0.1', repr(1e308 / 0.1))
except Exception as ex:
    print('1e308 / 0.1', type(ex).__name__, ex)
try:
    print('1e308 ** 2', repr(1e308 ** 2))
except Exception as ex:
    print('1e308 ** 2', type(ex).__name__, ex)
try:
    print('10.0 ** 400', repr(10.0 ** 400))
except Exception as ex:
    print('10.0 ** 400', type(ex).__name__, ex)
try:
    print('(-10.0) ** 401', repr((-10.0) ** 401))
except Exception as ex:
    print('(-10.0) ** 401', type(ex).__name__, ex)
try:
    print('-2.0 ** 10000', repr(-2.0 ** 10000))
except Exception as ex:
    print('-2.0 ** 10000', type(ex).__name__, ex)
try:
    print('(-2.0) ** 10001', repr((-2.0) ** 10001))
except Exception as ex:
    print('(-2.0) ** 10001', type(ex).__name__, ex)
try:
    print('1.5 ** 10000', repr(1.5 ** 10000))
except Exception as ex:
    print('1.5 ** 10000', type(ex).__name__, ex)
try:
    print('0.5 ** -10000', repr(0.5 ** -10000))
except Exception as ex:
    print('0.5 ** -10000', type(ex).__name__, ex)
try:
    print('2.0 ** -10000', repr(2.0 ** -10000))
except Exception as ex:
    print('2.0 ** -10000', type(ex).__name__, ex)
try:
    print('2 ** -10000', repr(2 ** -10000))
except Exception as ex:
    print('2 ** -10000', type(ex).__name__, ex)
try:
    print('10 ** -400', repr(10 ** -400))
except Exception as ex:
    print('10 ** -400', type(ex).__name__, ex)
try:
    print('0.0 ** -1', repr(0.0 ** -1))
except Exception as ex:
    print('0.0 ** -1', type(ex).__name__, ex)
try:
    print('0 ** -1', repr(0 ** -1))
except Exception as ex:
    print('0 ** -1', type(ex).__name__, ex)
try:
    print('(10 ** 400) ** -1', repr((10 ** 400) ** -1))
except Exception as ex:
    print('(10 ** 400) ** -1', type(ex).__name__, ex)
try:
    print('2 ** 10000 * 1.0', repr(2 ** 10000 * 1.0))
except Exception as ex:
    print('2 ** 10000 * 1.0', type(ex).__name__, ex)
try:
    print('float(2 ** 10000)', repr(float(2 ** 10000)))
except Exception as ex:
    print('float(2 ** 10000)', type(ex).__name__, ex)
try:
    print('2 ** 1100 + 1.0', repr(2 ** 1100 + 1.0))
except Exception as ex:
    print('2 ** 1100 + 1.0', type(ex).__name__, ex)
try:
    print('1.0 * 2 ** 1100', repr(1.0 * 2 ** 1100))
except Exception as ex:
    print('1.0 * 2 ** 1100', type(ex).__name__, ex)
try:
    print('2 ** 1100 // 1.0', repr(2 ** 1100 // 1.0))
except Exception as ex:
    print('2 ** 1100 // 1.0', type(ex).__name__, ex)
try:
    print('1e308 % 2 ** 1100', repr(1e308 % 2 ** 1100))
except Exception as ex:
    print('1e308 % 2 ** 1100', type(ex).__name__, ex)
try:
    print('2 ** 1100 / 1', repr(2 ** 1100 / 1))
except Exception as ex:
    print('2 ** 1100 / 1', type(ex).__name__, ex)
try:
    print('10 ** 400 / 10 ** 399', repr(10 ** 400 / 10 ** 399))
except Exception as ex:
    print('10 ** 400 / 10 ** 399', type(ex).__name__, ex)
try:
    print('(2 ** 53 + 1) / 1', repr((2 ** 53 + 1) / 1))
except Exception as ex:
    print('(2 ** 53 + 1) / 1', type(ex).__name__, ex)
try:
    print('(2 ** 64 + 1) / 3', repr((2 ** 64 + 1) / 3))
except Exception as ex:
    print('(2 ** 64 + 1) / 3', type(ex).__name__, ex)
try:
    print('10 ** 30 / 7', repr(10 ** 30 / 7))
except Exception as ex:
    print('10 ** 30 / 7', type(ex).__name__, ex)
try:
    print('-(10 ** 30) / 7', repr(-(10 ** 30) / 7))
except Exception as ex:
    print('-(10 ** 30) / 7', type(ex).__name__, ex)
try:
    print('1 / 2 ** 1074', repr(1 / 2 ** 1074))
except Exception as ex:
    print('1 / 2 ** 1074', type(ex).__name__, ex)
try:
    print('1 / 2 ** 1075', repr(1 / 2 ** 1075))
except Exception as ex:
    print('1 / 2 ** 1075', type(ex).__name__, ex)
try:
    print('3 / 2 ** 1076', repr(3 / 2 ** 1076))
except Exception as ex:
    print('3 / 2 ** 1076', type(ex).__name__, ex)
try:
    print('2 ** 1024 / 2', repr(2 ** 1024 / 2))
except Exception as ex:
    print('2 ** 1024 / 2', type(ex).__name__, ex)
try:
    print('(2 ** 1024 - 2 ** 970) / 1', repr((2 ** 1024 - 2 ** 970) / 1))
except Exception as ex:
    print('(2 ** 1024 - 2 ** 970) / 1', type(ex).__name__, ex)
try:
    print('(2 ** 1024 - 2 ** 970 - 1) / 1', repr((2 ** 1024 - 2 ** 970 - 1) / 1))
except Exception as ex:
    print('(2 ** 1024 - 2 ** 970 - 1) / 1', type(ex).__name__, ex)
try:
    print('float(2 ** 1023 * 2 - 1)', repr(float(2 ** 1023 * 2 - 1)))
except Exception as ex:
    print('float(2 ** 1023 * 2 - 1)', type(ex).__name__, ex)
try:
    print('float(-(2 ** 1024))', repr(float(-(2 ** 1024))))
except Exception as ex:
    print('float(-(2 ** 1024))', type(ex).__name__, ex)
try:
    print('(2 ** 60 + 1) * 1.0', repr((2 ** 60 + 1) * 1.0))
except Exception as ex:
    print('(2 ** 60 + 1) * 1.0', type(ex).__name__, ex)
try:
    print('1 // 0.1', repr(1 // 0.1))
except Exception as ex:
    print('1 // 0.1', type(ex).__name__, ex)
try:
    print('1 % 0.1', repr(1 % 0.1))
except Exception as ex:
    print('1 % 0.1', type(ex).__name__, ex)
try:
    print('-4.0 % 2.0', repr(-4.0 % 2.0))
except Exception as ex:
    print('-4.0 % 2.0', type(ex).__name__, ex)
try:
    print('4.0 % -2.0', repr(4.0 % -2.0))
except Exception as ex:
    print('4.0 % -2.0', type(ex).__name__, ex)
try:
    print('-1 // 0.5', repr(-1 // 0.5))
except Exception as ex:
    print('-1 // 0.5', type(ex).__name__, ex)
try:
    print('7.5 // -2', repr(7.5 // -2))
except Exception as ex:
    print('7.5 // -2', type(ex).__name__, ex)
try:
    print('-7.5 % 2', repr(-7.5 % 2))
except Exception as ex:
    print('-7.5 % 2', type(ex).__name__, ex)
try:
    print('0.0 // -1.0', repr(0.0 // -1.0))
except Exception as ex:
    print('0.0 // -1.0', type(ex).__name__, ex)
try:
    print('1e308 // 1e-10', repr(1e308 // 1e-10))
except Exception as ex:
    print('1e308 // 1e-10', type(ex).__name__, ex)
try:
    print('2 ** 53 + 1 == 2.0 ** 53', repr(2 ** 53 + 1 == 2.0 ** 53))
except Exception as ex:
    print('2 ** 53 + 1 == 2.0 ** 53', type(ex).__name__, ex)
try:
    print('2 ** 53 + 1 > 2.0 ** 53', repr(2 ** 53 + 1 > 2.0 ** 53))
except Exception as ex:
    print('2 ** 53 + 1 > 2.0 ** 53', type(ex).__name__, ex)
try:
    print('10 ** 400 > 1e308', repr(10 ** 400 > 1e308))
except Exception as ex:
    print('10 ** 400 > 1e308', type(ex).__name__, ex)
try:
    print("10 ** 400 == float('inf')", repr(10 ** 400 == float('inf')))
except Exception as ex:
    print("10 ** 400 == float('inf')", type(ex).__name__, ex)
try:
    print("10 ** 400 < float('inf')", repr(10 ** 400 < float('inf')))
except Exception as ex:
    print("10 ** 400 < float('inf')", type(ex).__name__, ex)
try:
    print("-10 ** 400 < float('-inf')", repr(-10 ** 400 < float('-inf')))
except Exception as ex:
    print("-10 ** 400 < float('-inf')", type(ex).__name__, ex)
try:
    print('2 ** 1024 == 2.0 ** 1023 * 2', repr(2 ** 1024 == 2.0 ** 1023 * 2))
except Exception as ex:
    print('2 ** 1024 == 2.0 ** 1023 * 2', type(ex).__name__, ex)
try:
    print('1e308 * 10 - 1e308 * 10', repr(1e308 * 10 - 1e308 * 10))
except Exception as ex:
    print('1e308 * 10 - 1e308 * 10', type(ex).__name__, ex)
try:
    print('int(1e308 * 10)', repr(int(1e308 * 10)))
except Exception as ex:
    print('int(1e308 * 10)', type(ex).__name__, ex)
try:
    print("float('nan') ** 0", repr(float('nan') ** 0))
except Exception as ex:
    print("float('nan') ** 0", type(ex).__name__, ex)
try:
    print("1.0 ** float('nan')", repr(1.0 ** float('nan')))
except Exception as ex:
    print("1.0 ** float('nan')", type(ex).__name__, ex)
try:
    print("float('inf') ** -1", repr(float('inf') ** -1))
except Exception as ex:
    print("float('inf') ** -1", type(ex).__name__, ex)
try:
    print("(-float('inf')) ** 3", repr((-float('inf')) ** 3))
except Exception as ex:
    print("(-float('inf')) ** 3", type(ex).__name__, ex)
try:
    print('(-0.0) ** 3', repr((-0.0) ** 3))
except Exception as ex:
    print('(-0.0) ** 3', type(ex).__name__, ex)
try:
    print('(-0.0) ** 2', repr((-0.0) ** 2))
except Exception as ex:
    print('(-0.0) ** 2', type(ex).__name__, ex)
try:
    print("f'{10 ** 400:e}'", repr(f'{10 ** 400:e}'))
except Exception as ex:
    print("f'{10 ** 400:e}'", type(ex).__name__, ex)
