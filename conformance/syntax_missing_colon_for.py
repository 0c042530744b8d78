print("never runs")
for x in y
    pass
