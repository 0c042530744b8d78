print("never runs")
class C
    pass
