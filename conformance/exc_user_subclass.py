class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        Exception.__init__(self, "not found: " + name)
        self.name = name
class Other(ValueError):
    pass
def lookup(name):
    raise NotFound(name)
try:
    lookup("x")
except AppError as e:
    print(type(e), e, e.name, repr(e))
    print(isinstance(e, Exception), isinstance(e, NotFound))
try:
    raise Other("o")
except ValueError as e:
    print("ValueError handler got", repr(e))
try:
    raise AppError
except NotFound:
    print("wrong")
except AppError as e:
    print("second handler", repr(e))
