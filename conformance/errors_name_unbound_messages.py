def use_before():
    print(total)
    total = 1
def del_then_use():
    x = 1
    del x
    return x
for f in [use_before, del_then_use]:
    try:
        f()
    except UnboundLocalError as e:
        print(type(e), e)
try:
    undefined_thing
except NameError as e:
    print(type(e), e)
gone = 1
del gone
try:
    print(gone)
except NameError as e:
    print(e)
try:
    del never_defined
except NameError as e:
    print(e)
