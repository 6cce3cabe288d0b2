# try with except clauses, else and finally.
try:
    risky()
except ValueError:
    pass
try:
    risky()
except (TypeError, KeyError) as err:
    print(err)
except Exception as e:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    x = 1
except ValueError as e:
    y = 2
else:
    z = 3
try: a()
except E: b()
