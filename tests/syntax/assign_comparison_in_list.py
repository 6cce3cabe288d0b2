# A comparison inside a list target.
[a in b] = c
