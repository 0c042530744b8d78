import gc
class N:
    def __del__(self):
        print("__del__ at exit")
def watch(phase, info):
    print("gc", phase)
gc.callbacks.append(watch)
n = N()
print("end of script")
