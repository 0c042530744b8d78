def countdown(n):
    if n == 0:
        raise ValueError("reached bottom")
    print("level", n)
    countdown(n - 1)
countdown(3)
