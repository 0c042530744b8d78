# References moving through containers and calls.
def keep(box, item):
    box.append(item)
    return item
box = []
d = {}
item = [0]
for i in range(200000):
    keep(box, item)
    d[i % 100] = item
    if len(box) > 50:
        box.clear()
