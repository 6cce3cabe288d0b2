# match, case, _ and type are ordinary names outside a match statement.
match = 1
case = 2
_ = 3
type = 4
match(x)
match[0]
match.attr = 5
case(1, 2)
print(match, case, _, type)
match, case = 1, 2
match = case = _
def match(case): return case
class case: pass
x = [match for match in range(3)]
type(x)
_ = lambda match: match
match -x
