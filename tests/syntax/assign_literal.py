# A literal on the left of '='.
1 = x
