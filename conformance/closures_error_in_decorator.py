def bad(f):
    raise ValueError("no decorating " + f.__name__)


def ok(f):
    return f


try:

    @ok
    @bad
    def g():
        pass

except ValueError as e:
    print(e)


@ok
@missing
def h():
    pass
