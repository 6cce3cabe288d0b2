# A starred target must be in a list or tuple.
*a = 1
