# A tutorial-style LRU cache on an OrderedDict: a hit moves the key to the end, an insert past
# the capacity evicts the least recently used entry, whose value is freed at once.
from collections import OrderedDict
import sys

class Page:
    def __init__(self, url):
        self.url = url
    def __repr__(self):
        return f'Page({self.url!r})'
    def __del__(self):
        print('  evicted and freed', self.url)

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            oldest, page = self.data.popitem(last=False)
            print('  evicting', oldest)

cache = LRUCache(2)
cache.put('/a', Page('/a'))
cache.put('/b', Page('/b'))
print(cache.get('/a'))
cache.put('/c', Page('/c'))
print(list(cache.data), cache.get('/b'))
page = cache.get('/c')
print(sys.getrefcount(page))
cache.put('/d', Page('/d'))
print(cache.data)
del page
print('drop the cache')
del cache
print('end')
