# An uncaught exception at the end of a chain: a cause (`from e`) and a context (an error while
# handling), each printed before the exception that followed it.
class ParseError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f'bad number {text!r}') from e


def total(lines):
    cache = {}
    try:
        return sum(parse(line) for line in lines)
    except ParseError:
        return cache['fallback']


print(total(['1', '2']))
total(['3', 'x'])
