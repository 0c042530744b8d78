print("never runs")
is_admin‮ = True
