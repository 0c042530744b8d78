class H:
    def __hash__(self):
        raise ValueError("no hash")


for label in ["dict display", "set display", "d[k] = v", "s.add", "in dict", "in set", "hash()", "tuple key", "d.get"]:
    try:
        if label == "dict display":
            x = {H(): 1}
        elif label == "set display":
            x = {H()}
        elif label == "d[k] = v":
            d = {}
            d[H()] = 1
        elif label == "s.add":
            s = set()
            s.add(H())
        elif label == "in dict":
            print(H() in {1: 2})
        elif label == "in set":
            print(H() in {1, 2})
        elif label == "hash()":
            hash(H())
        elif label == "d.get":
            {}.get(H())
        else:
            x = {(1, H()): 1}
        print(label, "no error")
    except ValueError as e:
        print(label, "ValueError", e)


class E:
    def __eq__(self, other):
        return True


class F(E):
    pass


class G:
    __hash__ = None


for cls in [E, F, G]:
    try:
        s = {cls()}
    except TypeError as e:
        print("TypeError", e)


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n


s = {K(3), K(1), K(2)}
for k in s:
    print(k.n)
print(hash(K(-1)), hash(K(2 ** 70)), hash(K(True)))


class Bad:
    def __hash__(self):
        return "x"


try:
    hash(Bad())
except TypeError as e:
    print("TypeError", e)
print(hash(1), hash(-1), hash(2 ** 61), hash(1.5), hash((1, 2)), hash(True))
