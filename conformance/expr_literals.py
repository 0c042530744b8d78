print(0, 42, -7, 1_000_000, 0x1F, 0o17, 0b101)
print(1.0, 2.5, -0.5, 1e3, 1.5e-7, .25)
print('single', "double", '''triple
single''', """triple "double" quotes""")
print('it\'s', "tab\tand\\backslash", "quote\"s")
print(repr('it\'s'), repr("a\nb"), repr('say "hi"'), repr("both ' and \""))
print(True, False, None, repr(None))
print(type(1), type(1.0), type("s"), type(True), type(None))
print("" == '', len("""abc"""), "adjacent" " strings")
