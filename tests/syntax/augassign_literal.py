# A literal as the target of an augmented assignment.
1 += 1
