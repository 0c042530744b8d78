print("never runs")
while x
    pass
