# Custom exceptions carrying data, overriding __str__ and __repr__, and args.
class HttpError(Exception):
    def __init__(self, status, message=""):
        self.status = status
        self.message = message
        super().__init__(status, message)

    def __str__(self):
        return str(self.status) + " " + self.message


class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "not found: " + path)
        self.path = path


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


try:
    raise NotFound("/index")
except HttpError as e:
    print(str(e), "|", e.args, "|", e.status, e.path)
    print(repr(e))
e = HttpError(500)
print(str(e), e.args, repr(e.message))
q = Quiet("a", "b")
print(repr(q), str(q), q.args)


class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value


n = NoSuperInit(5)
print(n.args, n.value, repr(str(n)))


class Counted(Exception):
    count = 0

    def __init__(self, *args):
        Counted.count += 1
        super().__init__(*args)


for i in range(3):
    try:
        raise Counted(i)
    except Counted as e:
        print("instance", e, "total", Counted.count)
err = HttpError(418, "teapot")
err.status = 419
print(err, err.args)
