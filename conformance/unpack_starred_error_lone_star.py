print('compiled first: nothing runs')
first, *rest = [1, 2, 3]
*everything = [4, 5]
