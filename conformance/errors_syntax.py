print("never runs")
a = (1,
