# None cannot be assigned to.
None = 1
