print("never runs")
if x
    pass
