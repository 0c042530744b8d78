class Bad:
    def __del__(self):
        raise ValueError("boom")
b = Bad()
del b
print("still running")
