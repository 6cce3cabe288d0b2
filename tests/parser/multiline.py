# Line continuation, implicit joining, comments, blank lines.
x = 1 + \
    2
y = (1 +
     2)
z = [
    1,  # one
    2,  # two
]


# a comment between statements

def f(a,
      b):
    return (a
            + b)


if (a and
        b):
    pass
d = {
    'a': 1,
    'b': [
        2, 3,
    ],
}
s = """
text in a triple-quoted string # not a comment
"""
t = x if \
    y else z
