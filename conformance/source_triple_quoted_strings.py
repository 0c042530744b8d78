# Lines inside a triple-quoted string are string content, whatever their indentation.
x = """a
    b"""
print(repr(x))


def f():
    """Sum of nothing.

    Returns one.
        Indented more.
    """
    return 1


class C:
    """A class.

  Less indented than the body.
    """

    y = """
if x
    pass
  ) ] }
"""

    def m(self):
        s = '''one
two'''
        return s


print(f(), repr(C.y), repr(C().m()))
t = ("""a
  b""",
      2)
print(t)
u = "a\
b"
print(u)
print(len("""
		tabs
"""))
if True:
    v = """x
  y"""
    print(v)
