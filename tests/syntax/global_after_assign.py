# A name assigned before its global declaration.
x = 1
global x
