class Config:
    def __init__(self, values):
        self.port = int(values["port"])
ok = Config({"port": "80"})
print(ok.port)
bad = Config({"port": "eighty"})
