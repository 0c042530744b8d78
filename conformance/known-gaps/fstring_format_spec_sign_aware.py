x = 42
print(f"[{x:=+6}] [{-x:=6}]")
print("[{:=+6}]".format(x))
