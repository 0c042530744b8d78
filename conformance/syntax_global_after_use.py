print("never runs")
class C:
    x.y = 1
    global x
