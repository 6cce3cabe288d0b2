# An unmatched bracket inside a field.
x = f'{a)}'
