# Printing stops after 15 members of a group and 10 levels of nesting.
group = ValueError("leaf")
for level in range(12):
    group = ExceptionGroup(f"level {level}", [group])
members = [KeyError(i) for i in range(16)] + [group]
raise ExceptionGroup("wide", members)
