print("never runs")
# ÿ in a comment is fine
x = "Ã©ÿ"
