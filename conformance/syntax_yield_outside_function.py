print("never runs")
x = yield 1
