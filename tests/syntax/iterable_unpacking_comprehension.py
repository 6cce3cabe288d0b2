# * in a list comprehension.
l = [*a for a in b]
