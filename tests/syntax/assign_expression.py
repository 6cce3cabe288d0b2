# An operator expression on the left of '='.
a + 1 = 2
