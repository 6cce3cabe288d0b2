# while loops with else, break and continue.
while x:
    x -= 1
while x > 0:
    if x == 5:
        break
    x -= 1
else:
    print("done")
while (line := read()):
    if not line:
        continue
    handle(line)
while True: pass
