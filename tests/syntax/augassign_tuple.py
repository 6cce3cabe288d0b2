# A tuple as the target of an augmented assignment.
a, b += 1
