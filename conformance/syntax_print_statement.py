print("never runs")
print "hello"
