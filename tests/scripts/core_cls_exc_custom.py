# Custom exception classes: inheritance, extra attributes, str and repr.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return "bad config key " + repr(self.key) + ": " + self.reason


class NetworkError(AppError):
    code = 500


class TimeoutError_(NetworkError):
    code = 504


for exc in [AppError("generic"), ConfigError("port", "not a number"),
            NetworkError("down"), TimeoutError_("slow")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
e = ConfigError("host", "empty")
print(e.key, e.reason, isinstance(e, AppError), isinstance(e, Exception))
print(NetworkError("x").code, TimeoutError_("y").code)
print(issubclass(TimeoutError_, NetworkError), issubclass(NetworkError, ConfigError))
print([c.__name__ for c in TimeoutError_.__mro__])


class WithDefault(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)


try:
    raise WithDefault
except WithDefault as e:
    print("raised class:", e)
try:
    raise WithDefault("custom")
except Exception as e:
    print("raised instance:", e)


class NoInit(ValueError):
    """A subclass of a built-in exception."""


try:
    int("x")
except ValueError as e:
    try:
        raise NoInit("wrapped") from e
    except ValueError as wrapped:
        print(repr(wrapped), "cause:", type(wrapped.__cause__).__name__)
print(NoInit.__doc__, NoInit.__name__)
