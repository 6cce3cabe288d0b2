# An empty f-string field.
x = f'{}'
