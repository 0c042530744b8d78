# match and case are keywords only in a match statement.
match = 1
case = [2]
print(match, case)


def match_(x):
    return x


match = match_
print(match(3), case[0])
