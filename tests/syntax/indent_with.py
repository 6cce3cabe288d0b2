# The body of a with statement is not indented.
with lock:
pass
