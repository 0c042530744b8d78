import gc
gc.collect()
ghost = None
class P:
    def __del__(self):
        global ghost
        print("__del__ runs")
        ghost = self
p = P()
p.me = p
del p
print("collect", gc.collect())
print(ghost is not None, ghost.me is ghost)
del ghost.me
ghost = None
print("after release", gc.collect())
q = P()
del q
print(ghost is not None)
ghost = None
print("done")
