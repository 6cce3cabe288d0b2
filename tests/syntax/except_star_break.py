# break in an except* clause leaves it for the loop outside.
try:
    pass
except* ValueError:
    break
