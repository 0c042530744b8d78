if True:
	x = 1
	if x:
		print(x)
	print("tabs")
