# An f-string field without its closing brace.
x = f'{a'
