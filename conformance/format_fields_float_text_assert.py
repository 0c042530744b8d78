# str.format's fields as CPython reads them (nested fields in a spec, [key] and .attribute lookups,
# numbering, its errors), zero padding grouped with ',' and '_', float() of text (underscores, inf,
# infinity, nan; not hex), and assert's SyntaxWarning for a tuple.
class P:
    name = "pt"
    def __init__(self): self.xs = [1, 2]
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{:{}}|".format("ab", 5))
print("{0[1]}".format([9, 8]), "{0[k]}".format({'k': 'v'}), "{d[k]}".format(d={'k': 3}))
print("{0.name} {p.name} {p.xs[1]}".format(P(), p=P()))
print("{{}} {{{}}} {}".format(1, 2))
print("{!r:>6}|{!s}".format('a', 'b'))
print("{0}{1}{0}".format('x', 'y'))
print("{:>{}}".format('r', 4))
for bad in ["{", "}", "{0!}", "{0!x}", "{0!rr}", "{} {0}", "{0} {}", "{5}", "{k}", "{0.}", "{0[]}", "{0[0]x}", "{:{:{}}}"]:
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(bad, type(e).__name__, e)
import sys
l = [1, 2]
print("{0[0]}".format(l), sys.getrefcount(l))
print(f"{1234567:012,}", format(1234, "08,"), "{:09_}".format(12345), format(-1234, "09,"), format(1234.5, "012,.1f"))
for v,s in [(255,"010_x"),(255,"#012_b"),(-5,"+08,"),(12,"c"),(1234,"_"),(1234,",d"),(0,"05,"),(1234567,">12,"),(1234,"=+10,")]:
  print(repr(format(v,s)))
for t in ["1_0.5", "1_000", "1e1_0", "0x10", "1__0", "_1", "1_", "Infinity", "-infinity", "+nan", "-NaN", " 3.5 ", "1.", ".5", "1e5", "1E-2", "+.5e+3", "", " ", "inf ", "1_0e1_0", "1._5", "1.5_", "nan1"]:
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), e)
x = 1
try:
    assert (x, "always true")
    print("passed")
except AssertionError:
    print("failed")
