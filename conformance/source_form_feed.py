x = 1
print(x)
if x:
    y = 2
    print(y)
    print(y + 1)
      print(y + 2)

z =3
print(z)
