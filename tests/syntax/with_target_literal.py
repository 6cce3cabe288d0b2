# A literal after 'as' in a with statement.
with a as 1:
    pass
