# A lesson on characters and numbers, as a tutorial writes it: code points, a Caesar cipher,
# binary and hexadecimal views, and modular arithmetic with pow().
import sys


def caesar(text, shift):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - ord('a') + shift) % 26 + ord('a')))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - ord('A') + shift) % 26 + ord('A')))
        else:
            out.append(ch)
    return ''.join(out)


secret = caesar("Hello, World!", 3)
print(secret)
print(caesar(secret, -3))

for ch in "Py€":
    code = ord(ch)
    print(ch, code, hex(code), oct(code), bin(code))

for n in [0, 5, 255, 1024, -42]:
    print(f"{n:>6} -> {bin(n):>14} {hex(n):>7} {oct(n):>7}")

# RSA in miniature: pow with a modulus, and the modular inverse.
p, q = 61, 53
n = p * q
phi = (p - 1) * (q - 1)
e = 17
d = pow(e, -1, phi)
print("d =", d)
message = 65
cipher = pow(message, e, n)
print("cipher:", cipher, "plain:", pow(cipher, d, n))

letters = [chr(c) for c in range(ord('a'), ord('a') + 5)]
print(letters, ascii("naïve café"))
print(sys.getrefcount(letters[0]) > 2)
