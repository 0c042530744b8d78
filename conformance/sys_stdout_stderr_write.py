# sys.stdout and sys.stderr: print(..., file=...) and write(), which returns the length written.
import sys

n = sys.stdout.write("written directly\n")
print("write returned", n)
print("emoji counts as one:", sys.stdout.write("\u00e9t\u00e9\n"))
print("to stderr", "too", file=sys.stderr, sep=", ")
count = sys.stderr.write("an error line\n")
print("stderr write returned", count)
print("to stdout", file=sys.stdout)
print("file=None means stdout", file=None)
print(sys.stdout)
print(type(sys.stderr))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdout.flush())
out = sys.stdout.write
out("a bound write\n")


def log(*parts):
    print("log:", *parts, file=sys.stderr)


log("disk", "full")
try:
    sys.stdout.write(42)
except TypeError as e:
    print(e)
try:
    sys.stdout.write()
except TypeError as e:
    print(e)
original = sys.stdout
sys.stdout = sys.stderr
print("printed while stdout is stderr")
sys.stdout = None
print("never shown")
sys.stdout = original
print("restored")
