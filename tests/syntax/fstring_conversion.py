# An unknown conversion character.
x = f'{a!x}'
