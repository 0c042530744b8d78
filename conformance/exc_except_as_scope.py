try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as n:
    print("after except:", n)
e = "rebound"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as n:
    print("rebound name deleted too:", n)
def f():
    try:
        raise TypeError("t")
    except TypeError:
        print("bare handler")
    except:
        print("never")
f()
try:
    {}["missing"]
except:
    print("bare except caught")
