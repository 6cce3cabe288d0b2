# return in an except* clause of a function.
def f():
    try:
        pass
    except* ValueError:
        return 1
