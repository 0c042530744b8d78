print("never runs")
if 1:
    pass
else
    pass
