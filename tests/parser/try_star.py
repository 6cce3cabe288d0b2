# try/except*: TryStar with names, tuples, else and finally, and the
# loops and functions its clauses may hold.
try:
    pass
except* ValueError:
    pass

try:
    risky()
except* (TypeError, KeyError) as e:
    handle(e)
except *OSError as err:
    log(err)
else:
    done()
finally:
    cleanup()

for item in items:
    try:
        work(item)
    except* ValueError:
        for x in range(3):
            if x:
                break
            continue

        def inner():
            return 1
