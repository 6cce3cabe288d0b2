# a bare except after except* clauses on the same try.
try:
    pass
except* ValueError:
    pass
except:
    pass
