print("never runs")
x = $y
