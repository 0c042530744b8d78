# The classic leak: a method stores the exception it caught on self. The exception's traceback
# holds the method's frame, the frame holds self: a reference cycle only the collector frees.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


class Downloader:
    def __init__(self, url):
        self.url = url
        self.error = None

    def run(self):
        try:
            self.fetch()
        except Exception as e:
            self.error = e

    def fetch(self):
        connection = Resource("connection to " + self.url)
        raise RuntimeError("timed out")


gc.disable()
d = Downloader("example.org")
d.run()
print("error saved:", repr(d.error))
del d
print("d deleted: the cycle keeps the frames and the connection alive")
print("unreachable objects found:", gc.collect())
print("again:", gc.collect())


class Fixed(Downloader):
    def run(self):
        try:
            self.fetch()
        except Exception as e:
            self.error = repr(e)


f = Fixed("example.com")
f.run()
print("saved text:", f.error)
del f
print("collected:", gc.collect())
