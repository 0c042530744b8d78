# `raise ... from None` while handling another exception: the report shows only the new one.
settings = {'port': '80'}


def setting(name):
    try:
        return settings[name]
    except KeyError:
        raise AttributeError(f'no setting {name!r}') from None


print(setting('port'))
setting('host')
