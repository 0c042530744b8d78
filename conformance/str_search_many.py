# str's searching methods over a long str of each kind (ASCII, Latin-1, UCS-2, UCS-4), with
# windows and with many occurrences: find, rfind, index, rindex, count, replace (with a count),
# split and rsplit (with a maxsplit), startswith and endswith.
for unit in ["ab,", "\u00e9b,", "\u65e5b,", "\U0001F600b,"]:
    s = unit * 3000 + "end"
    n = len(s)
    print(len(s), s.find("b"), s.rfind("b"), s.find("b", 10), s.rfind("b", 0, 100))
    print(s.find(",end"), s.find("b,", n - 5), s.find("z"), s.rfind("z"), s.find("", n))
    print(s.index("end"), s.rindex(unit), s.count("b"), s.count(",", 5, 50), s.count(""))
    try:
        s.index("zz", 0, 10)
    except ValueError as e:
        print(e)
    r = s.replace(",", ";")
    print(len(r), r.count(";"), r[:7] == unit[:2] + ";" + unit[:2] + ";" + unit[0])
    print(s.replace("b,", "", 5)[:12] == unit[0] * 5 + unit * 2 + unit[0], s.replace("q", "x") is s)
    parts = s.split(",")
    print(len(parts), parts[0] == unit[:2], parts[-1], len(s.split(",", 7)), s.split(",", 2)[2][:2] == unit[:2])
    rparts = s.rsplit(",", 3)
    print(len(rparts), rparts[-1], len(rparts[0]), s.rsplit(",")[1] == unit[:2])
    print(s.startswith(unit), s.startswith(unit, 3), s.endswith("end"), s.endswith(unit, 0, 9))
    print(s.startswith(("x", unit[1:]), 1), s.endswith(("nd", "x"), 0, n))
    words = (unit[:2] + " ") * 2000
    print(len(words.split()), len(words.split(None, 10)), words.rsplit(None, 2)[-1] == unit[:2])
