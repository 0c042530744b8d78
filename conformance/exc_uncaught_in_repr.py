class Broken:
    def __init__(self, parts):
        self.parts = parts
    def __repr__(self):
        return "Broken(" + self.parts[3] + ")"
items = [Broken(["a"])]
print("printing")
print(items)
