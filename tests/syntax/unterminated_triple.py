# A triple-quoted string that never ends.
x = """abc
y = 1
