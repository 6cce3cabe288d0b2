# A generator-based context manager helper written with a class (no library imports).
class GeneratorCM:
    def __init__(self, gen_func, *args):
        self.gen = gen_func(*args)

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator did not stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator did not stop after throw")


def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    except ValueError as e:
        print("  tag", name, "swallowed", e)
    finally:
        print("</" + name + ">")


with GeneratorCM(tag, "p") as t:
    print("  inside", t)
with GeneratorCM(tag, "div"):
    with GeneratorCM(tag, "span"):
        print("  nested body")
with GeneratorCM(tag, "b"):
    raise ValueError("handled by generator")
print("after handled")
try:
    with GeneratorCM(tag, "i"):
        raise KeyError("not handled")
except KeyError as e:
    print("propagated", repr(e))
