# continue in a function nested in a loop.
while x:
    def f():
        continue
