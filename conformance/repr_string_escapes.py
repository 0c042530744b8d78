s = "tab\there"
print(repr(s), s)
print(repr("new\nline"), repr("cr\rx"), repr("back\\slash"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\x00\x01\x1f"), repr("\x7f"), repr("caf\u00e9"))
print(repr("\u200b"), repr("\u00a0"), repr("\u2028"))
print(["a'b", 'c"d', "e\nf"])
print({"k\t": "v\\"})
print(repr(""), repr(" "), repr("\\n"))
