print(3., 2.e1, .5, 1E3, 1.5e-7, 0e0)
x = 10.
print(x, type(x), -3.)
print(1_000.5, 1e1_0)
