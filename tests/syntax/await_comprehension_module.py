# await inside a comprehension at module level.
x = [await y for y in z]
