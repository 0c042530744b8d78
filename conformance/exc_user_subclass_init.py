class NotFound(Exception):
    def __init__(self, name):
        Exception.__init__(self, "not found: " + name)
        self.name = name
try:
    raise NotFound("x")
except NotFound as e:
    print(e, e.name, repr(e), e.args)
class Coded(ValueError):
    def __init__(self, code):
        ValueError.__init__(self, code, "detail")
        self.code = code
try:
    raise Coded(7)
except ValueError as e:
    print(e, e.code, e.args)
