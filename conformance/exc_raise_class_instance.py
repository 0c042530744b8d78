try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("with message")
except ValueError as e:
    print(repr(e), e.args)
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), repr(e))
try:
    raise IndexError("i", 2)
except IndexError as e:
    print(e, e.args)
try:
    raise TypeError()
except Exception as e:
    print("caught as Exception:", type(e), repr(e))
err = AttributeError("stored")
try:
    raise err
except AttributeError as e:
    print(e is err)
try:
    raise ZeroDivisionError
except (ValueError, ZeroDivisionError) as e:
    print("tuple of types", type(e))
