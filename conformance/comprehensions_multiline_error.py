# A comprehension written over several lines: the traceback's <dictcomp> and <listcomp> frames
# name the line of the part that failed.
prices = {"apple": 2, "pear": 0}

try:
    per_unit = {
        name: 10
        / price
        for name, price in prices.items()
        if price is not None
    }
except ZeroDivisionError as e:
    print("caught", e)

rows = [[1, 2], [3, None]]
totals = [
    cell + 1
    for row in rows
    for cell in row
]
