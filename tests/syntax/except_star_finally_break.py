# break in a finally inside an except* clause.
try:
    pass
except* ValueError:
    try:
        pass
    finally:
        break
