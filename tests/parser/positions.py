# Constructs whose positions are subtle: parenthesized operands, calls,
# decorated definitions, trailing semicolons.
x = (a) + (b)
y = (a)(b)
z = (a).b
w = (a)[b]
v = ((a, b))
u = ((1))
t = 1,
def f():
    return 1;
@dec
def g(): pass;
s = (yield_ for yield_ in x)
r = [ a
    , b ]
