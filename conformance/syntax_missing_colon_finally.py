print("never runs")
try:
    pass
finally
    pass
