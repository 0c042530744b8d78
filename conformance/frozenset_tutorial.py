# A tutorial's use of frozenset: immutable groups of tags as dictionary keys, and the references
# a frozenset holds to its members.
import sys


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tag({self.name!r})"

    def __del__(self):
        print("freeing", self.name)


python = Tag("python")
memory = Tag("memory")
gc_tag = Tag("gc")

print("refs before:", sys.getrefcount(python))
topic = frozenset([python, memory])
print("refs after one frozenset:", sys.getrefcount(python))

# Frozensets can be keys: each combination of tags maps to articles.
articles = {topic: ["refcounting 101"], frozenset([python, gc_tag]): ["cycles"]}
print(len(articles), articles[frozenset([memory, python])])
print("refs with two frozensets:", sys.getrefcount(python))

# Set operations make new frozensets, each holding its members.
common = topic & frozenset([python, gc_tag])
everything = topic | {gc_tag}
print(type(common).__name__, len(common), type(everything).__name__, len(everything))
print("refs with four:", sys.getrefcount(python))

# A frozenset cannot change, so "updating" one rebinds the name to a new object.
before = id(topic)
topic |= {gc_tag}
print(id(topic) == before, len(topic))

del common, everything
print("refs after dropping two:", sys.getrefcount(python))
del articles, topic
print("refs at the end:", sys.getrefcount(python))
del python, memory
print("the tags are gone once no frozenset holds them")
del gc_tag
print("done")
