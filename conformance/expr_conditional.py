for n in [0, 1, 2]:
    print(n, "even" if n % 2 == 0 else "odd")
def v(x):
    print("eval", x)
    return x
print(v("yes") if v(True) else v("no"))
print(v("yes") if v(0) else v("no"))
x = 5
label = "small" if x < 3 else "medium" if x < 10 else "large"
print(label)
print([1 if x else 2, "a" if [] else "b"])
f = (lambda n: "neg" if n < 0 else "non-neg")
print(f(-1), f(0))
