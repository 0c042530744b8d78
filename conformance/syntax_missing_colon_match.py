print("never runs")
match x
    case 1: pass
