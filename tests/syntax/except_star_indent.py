# except* with no indented block.
try:
    pass
except* ValueError:
x = 1
