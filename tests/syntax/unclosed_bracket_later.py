# The error is on line 2, the unclosed bracket after it does not win.
x = 1 +
y = [
