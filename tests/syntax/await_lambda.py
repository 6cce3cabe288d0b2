# await in a lambda.
f = lambda: await g()
