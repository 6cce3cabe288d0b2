# A '#' inside an f-string field.
x = f'{a#}'
