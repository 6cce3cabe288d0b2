# The body of an async function is not indented.
async def f():
return 1
