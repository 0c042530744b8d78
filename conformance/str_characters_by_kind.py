# A str's characters are its code points whatever its kind (ASCII, Latin-1, UCS-2, UCS-4):
# len, indexing from either end, slices with every step, iteration and reversed agree.
samples = [
    "plain ascii",
    "caf\u00e9 cr\u00e8me",
    "\u65e5\u672c\u8a9e\u306e\u6587",
    "a\U0001F600b\U0001F680c",
    "\U0001F600",
    "",
]
for s in samples:
    print(len(s), [ord(c) for c in s])
    if s:
        print(ord(s[0]), ord(s[-1]), ord(s[len(s) // 2]))
    print([ord(c) for c in s[1:]], [ord(c) for c in s[::2]], [ord(c) for c in s[::-1]])
    print([ord(c) for c in s[-3:-1]], [ord(c) for c in s[5:1:-2]])
    print([ord(c) for c in reversed(s)])
    it = iter(s)
    print([ord(c) for c in it], list(it))
    try:
        s[len(s)]
    except IndexError as e:
        print(e)
# a long str read character by character
text = "ab\u00e9\U0001F600" * 3000
count = 0
for i in range(len(text)):
    if text[i] == "\U0001F600":
        count += 1
print(count, sum(1 for c in text if c == "\u00e9"), len(text))
