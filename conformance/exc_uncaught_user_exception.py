class ConfigError(Exception):
    pass
def load(key):
    raise ConfigError("missing key " + repr(key))
print("loading")
load("port")
