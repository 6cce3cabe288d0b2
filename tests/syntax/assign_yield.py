# A yield expression cannot be a target.
x = yield = 1
