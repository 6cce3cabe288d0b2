# Two expressions side by side on a line.
x = 5 6
