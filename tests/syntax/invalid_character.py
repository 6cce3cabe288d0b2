# A character that is not part of Python's syntax.
price = 3 €
