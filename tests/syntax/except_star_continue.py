# continue in an except* clause, after a loop of its own.
for i in x:
    try:
        pass
    except* ValueError:
        for j in y:
            break
        continue
