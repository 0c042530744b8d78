# A tutorial-style bounded history: a deque(maxlen=3) keeps only the last three snapshots alive;
# each append past the limit frees the oldest at once. A deque in a cycle needs the collector.
from collections import deque
import gc
import sys

class Snapshot:
    def __init__(self, step):
        self.step = step
    def __repr__(self):
        return f'Snapshot({self.step})'
    def __del__(self):
        print('  freed', self)

history = deque(maxlen=3)
for step in range(6):
    print('step', step)
    history.append(Snapshot(step))
print(history, len(history), history.maxlen)

latest = history[-1]
print(sys.getrefcount(latest))
history.clear()
print('after clear', sys.getrefcount(latest))
del latest

# Undo/redo stacks: pop from the right, requeue on the left.
undo = deque([Snapshot(10), Snapshot(11), Snapshot(12)])
redo = deque()
redo.appendleft(undo.pop())
print(undo, redo)
undo.rotate(1)
print(undo)
print([s.step for s in undo], 11 in [s.step for s in undo])
del undo, redo

class Owner:
    def __init__(self, name):
        self.name = name
        self.queue = deque()
    def __del__(self):
        print('  owner freed', self.name)

o = Owner('worker')
o.queue.append(o)
o.queue.append(Snapshot(99))
print(gc.is_tracked(o.queue), sys.getrefcount(o))
del o
print('collected', gc.collect())
print('end')
