# A call cannot be annotated.
f(): int
