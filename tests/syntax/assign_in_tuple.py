# A literal inside a tuple target.
(a, 1) = x
