# gc.get_referrers walks the generations youngest to oldest: survivors of a collection come last.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Node(%r)' % self.name


def describe(objs):
    out = []
    for o in objs:
        if isinstance(o, dict) and '__name__' in o:
            out.append('module globals')
        else:
            out.append(type(o).__name__ + ' ' + repr(o)[:40])
    return out


target = Node('target')
old_list = [target]
old_dict = {'key': target}
gc.collect()
young_tuple = (target, 1)
young_list = [target, 2]
holder = Node('holder')
holder.ref = target
for line in describe(gc.get_referrers(target)):
    print(line)
print('---')
gc.collect()
newest = [target, 'newest']
for line in describe(gc.get_referrers(target)):
    print(line)
print('---')
print(len(gc.get_referrers(target, holder)))
print('---')
gen1_list = [target, 'gen1']
gc.collect(0)
gen0_list = [target, 'gen0']
for line in describe(gc.get_referrers(target)):
    print(line)
