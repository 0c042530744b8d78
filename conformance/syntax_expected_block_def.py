print("never runs")
def f():
# a comment is not a body
return 1
