d = {"x": 1, "y": [2]}
print(d.keys(), d.values(), d.items())
print(len(d.keys()), len(d.values()), len(d.items()))
print("x" in d.keys(), "z" in d.keys(), ("x", 1) in d.items())
k = d.keys()
d["z"] = 3
print(k, list(k))
print(repr({}.items()), str({}.values()))
