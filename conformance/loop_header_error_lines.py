# An error in a loop's header after its first pass is reported on the header's line: the jump back
# to the `while` test or to FOR_ITER is a line event of the header, not of the body's last line.
i = 0
def cond():
    global i
    i += 1
    if i > 2: raise ValueError('stop')
    return True
try:
    while cond():
        pass
except ValueError:
    import sys
    print(sys.exc_info()[2].tb_lineno)
def gen():
    yield 1
    yield 2
    raise KeyError('k')
try:
    for v in gen():
        v += 1
except KeyError as e:
    print(e.__traceback__.tb_lineno)
n = 0
while n < 3:
    n += 1
print(n)
while cond():
    x = 1
