# A function call on the left of '='.
f() = 1
