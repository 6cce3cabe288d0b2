# break outside a loop.
if x:
    break
