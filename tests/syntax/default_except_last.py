# A bare except before another except clause.
try:
    pass
except:
    pass
except ValueError:
    pass
