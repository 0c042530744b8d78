# Floor division and modulo of ints of every sign, at and around the one-digit boundary (2**30):
# the quotient rounds toward minus infinity and the remainder takes the divisor's sign; the results
# are ints (never -0), and small results are the cached small ints.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**29, -2**29, 2**30 - 1, -(2**30 - 1), 2**30,
        -2**30, 2**31 + 5, -(2**31 + 5), 12345, -98765]
for a in vals:
    row = []
    for b in vals:
        if b == 0:
            continue
        row.append(f"{a // b},{a % b}")
    print(a, " ".join(row))
print(-0 % 5, 0 // -5, repr(0 // -5), -4 % 2, -4 // 2, divmod(-7, 2), divmod(7, -2))
hundred, seven = 100, 7
q = 700 // 7
r = 100007 % 100000
print(q is hundred, r, r is seven)
