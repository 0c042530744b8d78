# Recursion through a keyword-only parameter reaches CPython's limit.
def g(n, *, k):
    return g(n + 1, k=k)


try:
    g(0, k=1)
except RecursionError as e:
    print("RecursionError", e)

