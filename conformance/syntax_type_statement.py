# Python 3.12 syntax, invalid in 3.11.
print("never runs")
type X = int
