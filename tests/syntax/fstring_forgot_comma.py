# The expression inside a field is itself invalid.
x = f'{a b}'
