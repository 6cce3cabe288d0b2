# ':=' in the iterable of a comprehension.
x = [y for x in (y := [1])]
