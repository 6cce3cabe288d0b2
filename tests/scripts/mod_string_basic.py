# string: the character-class constants and capwords.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(string.capwords('hello   world  foo'), string.capwords(' aBC dEF '),
      string.capwords('a-b-c', '-'), string.capwords('x,,y', ','),
      repr(string.capwords('')), string.capwords('élan vital'))
print(string.capwords('hello world', None), string.capwords('hello world', sep=' '),
      string.capwords(s='one two'))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: string.capwords())
attempt(lambda: string.capwords(1))
attempt(lambda: string.capwords('a', 'b', 'c'))
attempt(lambda: string.capwords('a', x=1))
attempt(lambda: string.capwords('a', 1))
attempt(lambda: string.capwords(None, 'x'))
attempt(lambda: string.capwords('a b', ''))
