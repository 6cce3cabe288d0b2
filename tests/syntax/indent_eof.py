# The file ends where an indented block should start.
for x in y:
