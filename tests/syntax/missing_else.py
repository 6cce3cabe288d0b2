# A conditional expression without its else.
x = a if b
