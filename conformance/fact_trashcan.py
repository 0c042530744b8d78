class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print(self.i, end=" ")
l = None
for i in range(120):
    l = [N(i), l]
del l
print()
