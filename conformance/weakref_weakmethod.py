# weakref.WeakMethod: a weak reference to a bound method, as an observer/callback registry uses it.
import gc
import sys
import weakref


class Button:
    def __init__(self, name):
        self.name = name

    def on_click(self):
        return 'clicked ' + self.name

    def __del__(self):
        print('Button.__del__', self.name)


def forgotten(wm):
    print('callback: handler gone, wm() is', wm())


ok = Button('ok')
# A plain weak reference to a bound method dies at once: nothing else holds the method object.
print(weakref.ref(ok.on_click)())
handler = weakref.WeakMethod(ok.on_click, forgotten)
print(type(handler), type(handler) is weakref.WeakMethod)
print(isinstance(handler, weakref.ref), isinstance(handler, weakref.WeakMethod))
method = handler()
print(method(), method == ok.on_click, method is handler())
del method
print(sys.getrefcount(ok), sys.getrefcount(handler))
print(weakref.getweakrefcount(ok), weakref.getweakrefcount(Button.on_click))
print(weakref.getweakrefcount(handler), weakref.getweakrefs(handler)[0]() is handler)

same = weakref.WeakMethod(ok.on_click)
print(same == handler, hash(same) == hash(handler), same is handler)
print(weakref.getweakrefcount(ok), weakref.getweakrefcount(Button.on_click))
registry = {handler: 'first'}
print(registry[same])

try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.WeakMethod(Button.on_click)
except TypeError as e:
    print('TypeError:', e)

print('deleting ok')
del ok
print(handler(), same(), same == handler, handler == handler)
print(len(registry))
del registry, same

# A WeakMethod dropped before its object calls nothing.
cancel = Button('cancel')
temporary = weakref.WeakMethod(cancel.on_click, forgotten)
del temporary
del cancel
print('---')

# An object in a reference cycle: the collector clears the weak references, then calls back.
gc.disable()
a = Button('a')
b = Button('b')
a.peer = b
b.peer = a
wa = weakref.WeakMethod(a.on_click, forgotten)
wb = weakref.WeakMethod(b.on_click, forgotten)
del a, b
print('collected', gc.collect())
print(wa(), wb())
gc.enable()
print('---')


# The function can die first: the WeakMethod is dead although its object lives.
class Temp:
    def method(self):
        return 'temp'


t = Temp()
wt = weakref.WeakMethod(t.method, forgotten)
print(wt()(), sys.getrefcount(Temp.method))
del Temp.method
print(wt(), weakref.getweakrefcount(t))
del t
print(wt, wt())
print('---')


# A WeakMethod stored on its own object, in a reference cycle: the collector frees the
# WeakMethod with everything it is made of.
class Observer:
    def notify(self):
        return 'notified'

    def __del__(self):
        print('Observer.__del__')


gc.disable()
obs = Observer()
obs.me = obs
obs.handler = weakref.WeakMethod(obs.notify, forgotten)
print(obs.handler()())
del obs
print('collected', gc.collect())
gc.enable()
print('---')
# The callback is positional only: ref.__init__ takes no keyword arguments.
o2 = Observer()
try:
    weakref.WeakMethod(o2.notify, callback=forgotten)
except TypeError as e:
    print('TypeError:', e)
del o2
