# Mutually recursive functions refer to each other through globals.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def female(n):
    return 1 if n == 0 else n - male(female(n - 1))


def male(n):
    return 0 if n == 0 else n - female(male(n - 1))


for i in range(6):
    print(i, is_even(i), is_odd(i))
print(is_even(101), is_odd(101))
print([female(n) for n in range(15)])
print([male(n) for n in range(15)])


def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] == "+":
        rhs, pos = parse_term(tokens, pos + 1)
        value += rhs
    return value, pos


def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] == "*":
        rhs, pos = parse_atom(tokens, pos + 1)
        value *= rhs
    return value, pos


def parse_atom(tokens, pos):
    if tokens[pos] == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1


for text in ["1 + 2 * 3", "( 1 + 2 ) * 3", "2 * ( 3 + 4 ) * 5 + 1"]:
    print(text, "=", parse_expr(text.split(), 0)[0])


def outer():
    def ping(n):
        return "ping" if n == 0 else pong(n - 1)

    def pong(n):
        return "pong" if n == 0 else ping(n - 1)
    return [ping(k) for k in range(4)]


print(outer())
