# The everyday str methods: split, strip, replace, startswith, find, count, isdigit, ...
import sys

line = "  name: Ada Lovelace ; born: 1815  "
print(line.strip(), "|", line.lstrip(), "|", line.rstrip(), "|")
print(line.split(), line.split(";"), line.strip().split(": ", 1))
print("a,b,,c".split(","), "a,b,c".rsplit(",", 1), " a  b ".split(None, 1), " a  b ".rsplit(None, 1))
print("k=v=w".split("=", maxsplit=1), "k=v=w".rsplit(sep="=", maxsplit=1), "".split(), "".split(","))
print("one two  three".split(" "), "x".split("x"), "abc".split(",", 0), "  a b".split(maxsplit=0))
csv = "id,name,score\n1,ann,90\n2,bob,75"
rows = list(map(lambda r: r.split(","), csv.split("\n")))
print(rows)
print("xyxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."), "abc".strip(""))
print("hello world".replace("o", "0"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "banana".replace("na", ""), "x".replace("x", "yy"))
text = "The quick brown fox jumps over the lazy dog"
print(text.startswith("The"), text.endswith("dog"), text.startswith(("A", "The")))
print(text.startswith("quick", 4), text.endswith("fox", 0, 19), text.startswith("the", None, 3))
print(text.find("o"), text.rfind("o"), text.find("cat"), text.find("o", 20), text.find("o", -5))
print(text.index("fox"), text.rindex("o"), text.count("o"), text.count("the"), text.count(""))
print("aaaa".count("aa"), "hello".count("l", 3), "hello".find("", 2), "hello".rfind(""))
print(text.upper(), text.lower(), "straße".upper())
print("2024".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "héllo".isalpha())
print("abc123".isalnum(), "abc 123".isalnum(), "   \t\n".isspace(), "".isspace(), "x".isspace())
print("HELLO".isupper(), "Hello".isupper(), "hello".islower(), "123".islower(), "ABC1".isupper())
print("١٢٣".isdecimal(), "123".isnumeric(), "ascii".isascii(), "é".isascii(), "".isascii())
words = "the cat and the hat".split()
print(words, " ".join(reversed(words)), "-".join(words).upper())

# Which objects they return: the string itself when nothing changes.
s = "-".join(["memory", "lesson"])
print(s.strip() is s, s.replace("z", "y") is s, s.split(",")[0] is s, s.split()[0] is s)
print(s.lstrip("m") is s, s.rstrip("x") is s, s.replace("-", "-", 0) is s)
print(sys.getrefcount(s))
parts = s.split(",")
print(sys.getrefcount(s))
del parts
print(sys.getrefcount(s))
print(sys.getsizeof("a b".split()), sys.getsizeof("a b c d e f g h i j k l m n".split()))
print(sys.getsizeof("a,b".split(",", 1)), sys.getsizeof("".split()), sys.getsizeof(s.split("-")))
print(str.upper("abc"), str.split("a b"), list(map(str.strip, [" a ", "b "])))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, "abc")))

for bad in (
    lambda: s.split(1),
    lambda: s.split(",", "1"),
    lambda: s.split(maxsplit="1"),
    lambda: s.split(",", 1, 2),
    lambda: s.split(x=1),
    lambda: s.strip(1),
    lambda: s.rstrip("a", "b"),
    lambda: s.strip(chars="a"),
    lambda: s.replace(1, "a"),
    lambda: s.replace("a", 2),
    lambda: s.replace("a"),
    lambda: s.replace("a", "b", count=1),
    lambda: s.startswith(1),
    lambda: s.endswith(("a", 1)),
    lambda: s.startswith("m", "x"),
    lambda: s.startswith(),
    lambda: s.startswith("m", start=1),
    lambda: s.find(1),
    lambda: s.find(),
    lambda: s.find("a", 1, 2, 3),
    lambda: s.count(None),
    lambda: s.upper(1),
    lambda: s.isdigit(1),
    lambda: str.upper([1]),
    lambda: str.upper(),
):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
for bad in (lambda: s.split(""), lambda: s.index("zz"), lambda: s.rindex("zz")):
    try:
        bad()
    except ValueError as err:
        print("ValueError:", err)
