# object_hook, object_pairs_hook, parse_float, parse_int and
# parse_constant, through loads() and JSONDecoder.
import json

doc = '{"name": "box", "size": {"w": 2, "h": 3.5}, "tags": ["a", {"t": 1}], "e": {}}'

calls = []


def record(d):
    calls.append(sorted(d))
    return d


print(json.loads(doc, object_hook=record))
print(calls)


class Obj:
    def __init__(self, d):
        self.__dict__.update(d)

    def __repr__(self):
        return 'Obj(%s)' % ', '.join('%s=%r' % kv for kv in sorted(self.__dict__.items()))


print(json.loads(doc, object_hook=Obj))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: sorted(p)))
# object_pairs_hook wins over object_hook.
print(json.loads(doc, object_hook=Obj, object_pairs_hook=tuple))
print(json.loads('{}', object_pairs_hook=lambda p: ('empty', p)))
print(json.loads('{}', object_hook=lambda d: ('empty', d)))
print(json.loads('[{}, [{}]]', object_hook=lambda d: 'OBJ'))

# Number hooks get the text of the number.
print(json.loads('[1, 2.5, -3, 1e2, 0.1]', parse_float=lambda s: ('F', s)))
print(json.loads('[1, 2.5, -3, 1e2, 10]', parse_int=lambda s: ('I', s)))
print(json.loads('[1, 2.5, 100]', parse_int=float, parse_float=str))
print(json.loads('{"n": 12345678901234567890}', parse_int=str))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: 'C:' + s))


def no_constants(name):
    raise ValueError('constant not allowed: ' + name)


try:
    json.loads('[1, NaN]', parse_constant=no_constants)
except ValueError as e:
    print(type(e).__name__, e)


# A hook that fails: its exception goes through unchanged.
def picky(d):
    if 'bad' in d:
        raise KeyError('bad key')
    return d


try:
    json.loads('[{"ok": 1}, {"bad": 2}]', object_hook=picky)
except KeyError as e:
    print(type(e).__name__, e)

# The same hooks on a JSONDecoder.
decoder = json.JSONDecoder(object_hook=Obj, parse_float=lambda s: round(float(s)))
print(decoder.decode('{"x": 1.6, "y": [2.4, {"z": 3.5}]}'))
print(decoder.raw_decode('{"q": 9.9} tail'))
print(decoder.object_hook is Obj, decoder.parse_int is int,
      decoder.object_pairs_hook)
plain = json.JSONDecoder()
print(plain.parse_float is float, plain.parse_int is int, plain.object_hook)


# loads(cls=...) passes the hooks and extra keywords to the class.
class CountingDecoder(json.JSONDecoder):
    def __init__(self, *, prefix='', **kw):
        super().__init__(**kw)
        self.prefix = prefix

    def decode(self, s):
        return (self.prefix, super().decode(s))


print(json.loads('[1, {"a": 2.5}]', cls=CountingDecoder, prefix='P',
                 parse_float=str))
print(json.loads('{"a": {}}', cls=CountingDecoder, object_hook=len))
try:
    json.loads('[1]', unknown_option=True)
except TypeError as e:
    print(type(e).__name__)
