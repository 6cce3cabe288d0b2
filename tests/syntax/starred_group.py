# A starred expression in parentheses.
x = (*a)
