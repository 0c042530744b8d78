# gc.freeze(): everything tracked so far moves to a permanent generation no collection examines
# (the "freeze before fork" idiom); gc.unfreeze() hands it back to the oldest generation.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print('Node.__del__', self.name)


def make_cycle(name):
    a = Node(name + '-a')
    b = Node(name + '-b')
    a.partner = b
    b.partner = a


gc.disable()
gc.collect()
make_cycle('before-freeze')
print(gc.get_count()[0] > 0)
gc.freeze()
print('count after freeze:', gc.get_count()[0])
print('frozen garbage is not collected:', gc.collect())
make_cycle('after-freeze')
print('collected the new cycle:', gc.collect())
survivor = Node('survivor')
print(gc.is_tracked(survivor))
gc.freeze()
print(len(gc.get_referrers(Node)))
gc.unfreeze()
print('after unfreeze:', gc.collect())
print(len(gc.get_referrers(Node)) > 0)
try:
    gc.freeze(1)
except TypeError as e:
    print('TypeError:', e)
gc.enable()
print('end')
