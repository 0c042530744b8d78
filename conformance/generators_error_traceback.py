# An exception raised inside a generator reaches the loop that drives it: the traceback has the
# `for` line of the loop, then each generator frame it passed through.
def parse(lines):
    for line in lines:
        yield int(line)


def doubled(values):
    for v in values:
        yield v * 2


total = 0
for n in doubled(parse(["1", "2", "three", "4"])):
    total += n
    print("running total", total)
print("never printed")
