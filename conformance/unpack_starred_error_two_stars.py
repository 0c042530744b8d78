print('compiled first: nothing runs')
head, *middle, *tail = range(5)
