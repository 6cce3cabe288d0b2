# Nothing may follow **kwargs.
def f(**kw, a):
    pass
