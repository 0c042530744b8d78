# The parser fails first (no colon), but CPython then reports the tokenizer's error.
if x
    pass
s = "abc
