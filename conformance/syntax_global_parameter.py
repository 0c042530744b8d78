print("never runs")
def f(x):
    if x:
        global x
