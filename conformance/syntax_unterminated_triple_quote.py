print("never runs")
x = """abc

y = 1
