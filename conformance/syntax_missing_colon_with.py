print("never runs")
with x
    pass
