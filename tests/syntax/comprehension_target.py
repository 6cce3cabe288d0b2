# A literal as a comprehension target.
x = [y for 1 in z]
