# Two starred targets in one assignment.
*a, *b = c
