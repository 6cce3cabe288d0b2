# A string literal without its closing quote.
x = 'abc
