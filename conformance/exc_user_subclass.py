class AppError(Exception):
    pass
class NotFound(AppError):
    pass
class Other(ValueError):
    pass
def lookup(name):
    err = NotFound("not found: " + name)
    err.name = name
    raise err
try:
    lookup("x")
except AppError as e:
    print(type(e), e, e.name, repr(e), e.args)
    print(isinstance(e, Exception), isinstance(e, NotFound), isinstance(e, Other))
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
