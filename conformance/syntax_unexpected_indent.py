print("never runs")
if True: pass
    x = 1
