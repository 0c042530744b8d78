print("never runs")
try:
    pass
except ValueError as e
    pass
