print("never runs")
try
    pass
except:
    pass
