try:
    print(repr(format(0.125, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.125, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2.5, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-2.5, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1/3, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e22, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(123456.789, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.0, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-0.0, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e-7, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(255, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(-42, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(7, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(3.14159, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1e16, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(99.995, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(0.5, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1.5, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(2675.0/1000, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.0f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '8.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.0e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'E')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.10g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'G')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.1%')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, ',')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, ',.2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '_')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '+')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '+.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, ' .2f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '010.3f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '#x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'x')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'X')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'b')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '#o')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '>10')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '<8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '^9')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '*^11')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '0>7')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '=+8')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '09,.1f')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.5')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '.1')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '#.3g')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, 'n')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '10.2e')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(format(1234567, '06.2f')))
except Exception as e:
    print(type(e).__name__, e)
