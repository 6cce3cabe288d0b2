# A backslash inside an f-string field.
x = f"{'\n'.join(a)}"
