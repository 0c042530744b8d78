import gc
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
first = N("first")
pair = [N("item0"), N("item1")]
last = N("last")
last.me = last
gc.disable()
print("end of script, gc disabled")
