# getattr() without a default lets AttributeError escape.
class Empty:
    pass


print(getattr(Empty(), "there", "default"))
getattr(Empty(), "missing")
