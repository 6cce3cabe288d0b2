# The asyncio exception classes and where they sit in the hierarchy.
# Regression: asyncio.TimeoutError (the builtin TimeoutError) was missing.
import asyncio

print(asyncio.CancelledError.__name__, asyncio.CancelledError.__module__)
print(issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
print(asyncio.InvalidStateError.__module__,
      issubclass(asyncio.InvalidStateError, Exception))
print(asyncio.QueueEmpty.__name__, asyncio.QueueFull.__name__)
print(repr(asyncio.CancelledError("why")))
print(str(asyncio.CancelledError()), "|", str(asyncio.CancelledError("m")))
try:
    raise asyncio.CancelledError("direct")
except BaseException as exc:
    print("caught", type(exc).__name__, exc.args)
try:
    try:
        raise asyncio.CancelledError()
    except Exception:
        print("wrong: Exception caught it")
except asyncio.CancelledError:
    print("except Exception does not catch CancelledError")
