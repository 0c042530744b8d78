# range holds any int; converting one to a C size is an error only past 2**63.
try:
    print('range(10 ** 30)', repr(range(10 ** 30)))
except Exception as ex:
    print('range(10 ** 30)', type(ex).__name__, ex)
try:
    print('range(10 ** 30)[5]', repr(range(10 ** 30)[5]))
except Exception as ex:
    print('range(10 ** 30)[5]', type(ex).__name__, ex)
try:
    print('range(10 ** 30)[-1]', repr(range(10 ** 30)[-1]))
except Exception as ex:
    print('range(10 ** 30)[-1]', type(ex).__name__, ex)
try:
    print('range(10 ** 30)[10 ** 30]', repr(range(10 ** 30)[10 ** 30]))
except Exception as ex:
    print('range(10 ** 30)[10 ** 30]', type(ex).__name__, ex)
try:
    print('range(5)[2 ** 63]', repr(range(5)[2 ** 63]))
except Exception as ex:
    print('range(5)[2 ** 63]', type(ex).__name__, ex)
try:
    print('range(10 ** 30)[10 ** 29:]', repr(range(10 ** 30)[10 ** 29:]))
except Exception as ex:
    print('range(10 ** 30)[10 ** 29:]', type(ex).__name__, ex)
try:
    print('range(10 ** 30)[::-1]', repr(range(10 ** 30)[::-1]))
except Exception as ex:
    print('range(10 ** 30)[::-1]', type(ex).__name__, ex)
try:
    print('range(0, 10 ** 30, 10 ** 29)[3]', repr(range(0, 10 ** 30, 10 ** 29)[3]))
except Exception as ex:
    print('range(0, 10 ** 30, 10 ** 29)[3]', type(ex).__name__, ex)
try:
    print('range(-10 ** 30, 10 ** 30, 10 ** 20)', repr(range(-10 ** 30, 10 ** 30, 10 ** 20)))
except Exception as ex:
    print('range(-10 ** 30, 10 ** 30, 10 ** 20)', type(ex).__name__, ex)
try:
    print('len(range(10 ** 30))', repr(len(range(10 ** 30))))
except Exception as ex:
    print('len(range(10 ** 30))', type(ex).__name__, ex)
try:
    print('len(range(2 ** 63))', repr(len(range(2 ** 63))))
except Exception as ex:
    print('len(range(2 ** 63))', type(ex).__name__, ex)
try:
    print('len(range(2 ** 63 - 1))', repr(len(range(2 ** 63 - 1))))
except Exception as ex:
    print('len(range(2 ** 63 - 1))', type(ex).__name__, ex)
try:
    print('len(range(-2 ** 63, 0))', repr(len(range(-2 ** 63, 0))))
except Exception as ex:
    print('len(range(-2 ** 63, 0))', type(ex).__name__, ex)
try:
    print('len(range(0, 10 ** 30, 10 ** 20))', repr(len(range(0, 10 ** 30, 10 ** 20))))
except Exception as ex:
    print('len(range(0, 10 ** 30, 10 ** 20))', type(ex).__name__, ex)
try:
    print('list(range(10 ** 30))', repr(list(range(10 ** 30))))
except Exception as ex:
    print('list(range(10 ** 30))', type(ex).__name__, ex)
try:
    print('tuple(range(10 ** 30))', repr(tuple(range(10 ** 30))))
except Exception as ex:
    print('tuple(range(10 ** 30))', type(ex).__name__, ex)
try:
    print('sorted(range(10 ** 30))', repr(sorted(range(10 ** 30))))
except Exception as ex:
    print('sorted(range(10 ** 30))', type(ex).__name__, ex)
try:
    print('[].extend(range(10 ** 30))', repr([].extend(range(10 ** 30))))
except Exception as ex:
    print('[].extend(range(10 ** 30))', type(ex).__name__, ex)
try:
    print("','.join(range(10 ** 30))", repr(','.join(range(10 ** 30))))
except Exception as ex:
    print("','.join(range(10 ** 30))", type(ex).__name__, ex)
try:
    print('list(range(2 ** 62, 2 ** 62 + 3))', repr(list(range(2 ** 62, 2 ** 62 + 3))))
except Exception as ex:
    print('list(range(2 ** 62, 2 ** 62 + 3))', type(ex).__name__, ex)
try:
    print('10 ** 30 in range(10 ** 31)', repr(10 ** 30 in range(10 ** 31)))
except Exception as ex:
    print('10 ** 30 in range(10 ** 31)', type(ex).__name__, ex)
try:
    print('10 ** 30 in range(0, 10 ** 31, 10 ** 29)', repr(10 ** 30 in range(0, 10 ** 31, 10 ** 29)))
except Exception as ex:
    print('10 ** 30 in range(0, 10 ** 31, 10 ** 29)', type(ex).__name__, ex)
try:
    print('1.0 in range(3)', repr(1.0 in range(3)))
except Exception as ex:
    print('1.0 in range(3)', type(ex).__name__, ex)
try:
    print('2.5 in range(3)', repr(2.5 in range(3)))
except Exception as ex:
    print('2.5 in range(3)', type(ex).__name__, ex)
try:
    print('range(10 ** 30) == range(0, 10 ** 30)', repr(range(10 ** 30) == range(0, 10 ** 30)))
except Exception as ex:
    print('range(10 ** 30) == range(0, 10 ** 30)', type(ex).__name__, ex)
try:
    print('range(0) == range(5, 2)', repr(range(0) == range(5, 2)))
except Exception as ex:
    print('range(0) == range(5, 2)', type(ex).__name__, ex)
try:
    print('range(1, 2, 5) == range(1, 3, 7)', repr(range(1, 2, 5) == range(1, 3, 7)))
except Exception as ex:
    print('range(1, 2, 5) == range(1, 3, 7)', type(ex).__name__, ex)
try:
    print('bool(range(10 ** 30, 0))', repr(bool(range(10 ** 30, 0))))
except Exception as ex:
    print('bool(range(10 ** 30, 0))', type(ex).__name__, ex)
try:
    print('list(range(5)[::-2])', repr(list(range(5)[::-2])))
except Exception as ex:
    print('list(range(5)[::-2])', type(ex).__name__, ex)
try:
    print('list(range(10)[2:8:3])', repr(list(range(10)[2:8:3])))
except Exception as ex:
    print('list(range(10)[2:8:3])', type(ex).__name__, ex)
try:
    print('range(10)[::-1]', repr(range(10)[::-1]))
except Exception as ex:
    print('range(10)[::-1]', type(ex).__name__, ex)
try:
    print('range(10)[-100:100]', repr(range(10)[-100:100]))
except Exception as ex:
    print('range(10)[-100:100]', type(ex).__name__, ex)
try:
    print('range(0, -10, -3)[1:]', repr(range(0, -10, -3)[1:]))
except Exception as ex:
    print('range(0, -10, -3)[1:]', type(ex).__name__, ex)
try:
    print("range(3)['a']", repr(range(3)['a']))
except Exception as ex:
    print("range(3)['a']", type(ex).__name__, ex)
try:
    print('[0] * (10 ** 30)', repr([0] * (10 ** 30)))
except Exception as ex:
    print('[0] * (10 ** 30)', type(ex).__name__, ex)
try:
    print("'a' * 10 ** 20", repr('a' * 10 ** 20))
except Exception as ex:
    print("'a' * 10 ** 20", type(ex).__name__, ex)
try:
    print("'x' * (2 ** 63)", repr('x' * (2 ** 63)))
except Exception as ex:
    print("'x' * (2 ** 63)", type(ex).__name__, ex)
try:
    print('(1,) * (10 ** 30)', repr((1,) * (10 ** 30)))
except Exception as ex:
    print('(1,) * (10 ** 30)', type(ex).__name__, ex)
try:
    print('[0] * -(10 ** 30)', repr([0] * -(10 ** 30)))
except Exception as ex:
    print('[0] * -(10 ** 30)', type(ex).__name__, ex)
try:
    print("'ab' * -(10 ** 30)", repr('ab' * -(10 ** 30)))
except Exception as ex:
    print("'ab' * -(10 ** 30)", type(ex).__name__, ex)
try:
    print('[1] * (-2 ** 63)', repr([1] * (-2 ** 63)))
except Exception as ex:
    print('[1] * (-2 ** 63)', type(ex).__name__, ex)
try:
    print('[1, 2][10 ** 30]', repr([1, 2][10 ** 30]))
except Exception as ex:
    print('[1, 2][10 ** 30]', type(ex).__name__, ex)
try:
    print('(1, 2)[10 ** 30]', repr((1, 2)[10 ** 30]))
except Exception as ex:
    print('(1, 2)[10 ** 30]', type(ex).__name__, ex)
try:
    print("'ab'[10 ** 30]", repr('ab'[10 ** 30]))
except Exception as ex:
    print("'ab'[10 ** 30]", type(ex).__name__, ex)
try:
    print('[1, 2][-10 ** 30]', repr([1, 2][-10 ** 30]))
except Exception as ex:
    print('[1, 2][-10 ** 30]', type(ex).__name__, ex)
try:
    print('[1, 2, 3][2 ** 63 - 1]', repr([1, 2, 3][2 ** 63 - 1]))
except Exception as ex:
    print('[1, 2, 3][2 ** 63 - 1]', type(ex).__name__, ex)
try:
    print('[1, 2, 3][-2 ** 63]', repr([1, 2, 3][-2 ** 63]))
except Exception as ex:
    print('[1, 2, 3][-2 ** 63]', type(ex).__name__, ex)
try:
    print('[1, 2, 3][-2 ** 63 - 1]', repr([1, 2, 3][-2 ** 63 - 1]))
except Exception as ex:
    print('[1, 2, 3][-2 ** 63 - 1]', type(ex).__name__, ex)
try:
    print('[1, 2, 3][10 ** 30:]', repr([1, 2, 3][10 ** 30:]))
except Exception as ex:
    print('[1, 2, 3][10 ** 30:]', type(ex).__name__, ex)
try:
    print('[1, 2, 3][:10 ** 30]', repr([1, 2, 3][:10 ** 30]))
except Exception as ex:
    print('[1, 2, 3][:10 ** 30]', type(ex).__name__, ex)
try:
    print('[1, 2].pop(10 ** 30)', repr([1, 2].pop(10 ** 30)))
except Exception as ex:
    print('[1, 2].pop(10 ** 30)', type(ex).__name__, ex)
try:
    print('[1, 2].pop(-2 ** 63 - 1)', repr([1, 2].pop(-2 ** 63 - 1)))
except Exception as ex:
    print('[1, 2].pop(-2 ** 63 - 1)', type(ex).__name__, ex)
try:
    print('[1, 2].insert(10 ** 30, 5)', repr([1, 2].insert(10 ** 30, 5)))
except Exception as ex:
    print('[1, 2].insert(10 ** 30, 5)', type(ex).__name__, ex)
try:
    print("[1, 2].pop('a')", repr([1, 2].pop('a')))
except Exception as ex:
    print("[1, 2].pop('a')", type(ex).__name__, ex)
try:
    print("[1, 2].insert('a', 1)", repr([1, 2].insert('a', 1)))
except Exception as ex:
    print("[1, 2].insert('a', 1)", type(ex).__name__, ex)


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [10 ** 30, -1, 2 ** 63 - 1, True]:
    try:
        print(len(L(n)))
    except Exception as e:
        print(type(e).__name__, e)
x = [1, 2]
try:
    x[10 ** 30] = 3
except IndexError as e:
    print("IndexError", e)
