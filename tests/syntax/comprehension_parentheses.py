# A tuple comprehension target without parentheses.
x = [a, b for a, b in c]
