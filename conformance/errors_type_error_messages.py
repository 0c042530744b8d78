def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
n = 5
nothing = None
half = 1.5
text = "abc"
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: n())
show(lambda: len(n))
show(lambda: nothing[0])
show(lambda: {}[[1]])
show(lambda: 1 < "a")
show(lambda: "a" * "b")
show(lambda: -"a")
show(lambda: text[half])
show(lambda: int([1]))
show(lambda: {[1]: 2})
