# 10**6 allocations: each iteration makes a list and frees the previous one.
for i in range(1000000):
    x = [i]
