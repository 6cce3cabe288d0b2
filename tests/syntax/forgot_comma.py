# Two items of a list without a comma between them.
x = [1, 2 3]
