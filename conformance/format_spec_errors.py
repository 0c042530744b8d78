# format() and str.format() specs that are wrong, and why: CPython's messages in CPython's order
# (a precision without digits, a grouping the type code refuses, both groupings, an unknown code).
specs = ['5q', 'q5', '<q', '>10.2q', ',q', 'é', '5é', '€', '10.2', '.q', '#q', '', '10.', ',s', '_n', '_c', '5..2f', 'zz', '0=5', '=^10', '+-5', '^', 'ab', ',_d', '_,d', '.5,f', '10,.2f', '10_.2f', ',', '_', ',,d', '__d', ',n', '_x', ',x', ',%', '_b']
for s in specs:
    for v in (1, 1.5, 'a', True):
        try:
            print(repr(s), repr(format(v, s)), repr(('{:' + s + '}').format(v)))
        except ValueError as e:
            print(repr(s), e)
try:
    '{x}'.format()
except KeyError as e:
    print('KeyError', e, repr(e.args))
try:
    '{0}{1}'.format(1)
except IndexError as e:
    print('IndexError', e)
