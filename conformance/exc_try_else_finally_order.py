def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("bad")
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
print("--")
run(True)
print("--")
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
