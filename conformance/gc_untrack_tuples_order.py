# A collection untracks the tuples that survive it and hold nothing trackable, walking the
# survivors in their order after move_unreachable: a tuple is untracked only if every tuple it
# holds was untracked before it in that walk.
import gc

gc.collect()

# the inner tuple is held by a name, so it stays first: both go in one collection
inner = tuple(["a", 1])
outer = tuple([inner, 2])
gc.collect(0)
print("inner first", gc.is_tracked(inner), gc.is_tracked(outer))


# the inner tuple is held only by the outer one: move_unreachable moves it after the outer,
# so the outer is walked first and stays tracked until the next collection of its generation
class Box:
    pass


box = Box()
box.t = tuple([tuple(["b", 3]), 4])
cycle = [box]
box.back = cycle
gc.collect(0)
print("inner after", gc.is_tracked(box.t), gc.is_tracked(box.t[0]))
gc.collect(1)
print("next collection", gc.is_tracked(box.t), gc.is_tracked(box.t[0]))


# three levels made in a function, every level held only by the one above
def nested(n):
    t = tuple([n])
    for i in range(3):
        t = tuple([t, i])
    return t


deep = [nested(i) for i in range(4)]
for generation in range(3):
    gc.collect(generation)
    print(
        "deep",
        generation,
        [gc.is_tracked(t) for t in deep],
        [gc.is_tracked(t[0][0]) for t in deep],
    )

# a tuple holding a list never goes; nor does the tuple holding it
keep = tuple([tuple([[]]), 5])
gc.collect()
print("holds a list", gc.is_tracked(keep), gc.is_tracked(keep[0]))

# a dict holding only an untracked tuple is untracked by the same full collection
d = {"k": tuple([tuple([1])])}
gc.collect()
print("dict", gc.is_tracked(d), gc.is_tracked(d["k"]))
