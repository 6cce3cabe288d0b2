# An expression where a keyword name should be.
f(a.b=1)
