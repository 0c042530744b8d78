# String literal escapes: octal (one to three digits) and \U with eight hex digits.
s = '\0\01\012\1234\x41\u00e9\U0001F600\U00000041'
print(repr(s), len(s))
print(s[6] == '\U0001F600', s[:3] == '\x00\x01\n')
print('a\7b' == 'a\x07b', '\101\102' == 'AB')
