words = ["Hello", "World", "py"]
print(" ".join(words), "-".join(words), "".join(words))
print(", ".join(("a", "b")), "+".join("abc"), repr("x".join([])))
print(",".join(["one"]))
d = {"k1": 1, "k2": 2}
print("/".join(d))
print("MiXeD 123".upper(), "MiXeD 123".lower())
s = "Title"
print(s.upper(), s.lower(), s)
print("".upper() == "", "ß".upper(), "ÀÉ".lower())
try:
    ", ".join(["a", 1])
except TypeError as e:
    print(e)
print("x".join(["a", "b"]).upper().lower())
