# finalize.atexit: a finalizer still alive at exit runs then, unless the program turned it off.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def release(name):
    print('release', name)


kept = Resource('kept')
skipped = Resource('skipped')
dropped = Resource('dropped')
f_kept = weakref.finalize(kept, release, 'kept')
f_skipped = weakref.finalize(skipped, release, 'skipped')
f_dropped = weakref.finalize(dropped, release, 'dropped')
print(f_kept.atexit, f_skipped.atexit)
f_skipped.atexit = False
print(f_skipped.atexit, f_skipped.alive)
f_skipped.atexit = 1
print(f_skipped.atexit)
f_skipped.atexit = []
print(f_skipped.atexit)
del dropped
print(f_dropped.alive, f_dropped.atexit)
f_dropped.atexit = True
print(f_dropped.atexit)
late = Resource('late')
f_late = weakref.finalize(late, release, 'late')
f_late.atexit = False
f_late.atexit = True
print('end of the program')
