# coding: ascii
print("never runs")
x = "é"
