import gc
gc.collect()
# the gc module's argument checks (Modules/gcmodule.c, clinic)
try:
    gc.is_tracked()
    print('gc.is_tracked()', 'no error')
except TypeError as e:
    print('gc.is_tracked()', 'TypeError:', e)
try:
    gc.is_tracked(1, 2)
    print('gc.is_tracked(1, 2)', 'no error')
except TypeError as e:
    print('gc.is_tracked(1, 2)', 'TypeError:', e)
try:
    gc.set_debug()
    print('gc.set_debug()', 'no error')
except TypeError as e:
    print('gc.set_debug()', 'TypeError:', e)
try:
    gc.set_debug('x')
    print("gc.set_debug('x')", 'no error')
except TypeError as e:
    print("gc.set_debug('x')", 'TypeError:', e)
try:
    gc.collect(1, 2)
    print('gc.collect(1, 2)', 'no error')
except TypeError as e:
    print('gc.collect(1, 2)', 'TypeError:', e)
try:
    gc.collect('x')
    print("gc.collect('x')", 'no error')
except TypeError as e:
    print("gc.collect('x')", 'TypeError:', e)
try:
    gc.collect(None)
    print('gc.collect(None)', 'no error')
except TypeError as e:
    print('gc.collect(None)', 'TypeError:', e)
try:
    gc.set_threshold()
    print('gc.set_threshold()', 'no error')
except TypeError as e:
    print('gc.set_threshold()', 'TypeError:', e)
try:
    gc.set_threshold(1, 2, 3, 4)
    print('gc.set_threshold(1, 2, 3, 4)', 'no error')
except TypeError as e:
    print('gc.set_threshold(1, 2, 3, 4)', 'TypeError:', e)
try:
    gc.set_threshold('a')
    print("gc.set_threshold('a')", 'no error')
except TypeError as e:
    print("gc.set_threshold('a')", 'TypeError:', e)
try:
    gc.enable(1)
    print('gc.enable(1)', 'no error')
except TypeError as e:
    print('gc.enable(1)', 'TypeError:', e)
try:
    gc.disable(1)
    print('gc.disable(1)', 'no error')
except TypeError as e:
    print('gc.disable(1)', 'TypeError:', e)
try:
    gc.isenabled(1)
    print('gc.isenabled(1)', 'no error')
except TypeError as e:
    print('gc.isenabled(1)', 'TypeError:', e)
try:
    gc.get_threshold(1)
    print('gc.get_threshold(1)', 'no error')
except TypeError as e:
    print('gc.get_threshold(1)', 'TypeError:', e)
try:
    gc.get_debug(1)
    print('gc.get_debug(1)', 'no error')
except TypeError as e:
    print('gc.get_debug(1)', 'TypeError:', e)
try:
    print(gc.get_referents(), gc.get_referrers())
    print('print(gc.get_referents(), gc.get_referrers())', 'no error')
except TypeError as e:
    print('print(gc.get_referents(), gc.get_referrers())', 'TypeError:', e)
