# assert with and without a message.
assert x
assert x, "x must be true"
assert isinstance(x, int), f"got {x!r}"
assert not x or y, ("message", 1)
