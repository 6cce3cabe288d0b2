# Format specs nested two levels deep.
x = f'{a:{b:{c}}}'
