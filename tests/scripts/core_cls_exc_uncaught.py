# An uncaught custom exception: the last stderr line shows the class name and message.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field


def validate(record):
    print("validating", record)
    if "name" not in record:
        raise ValidationError("name", "missing")
    return True


print(validate({"name": "x"}))
try:
    validate({})
except ValidationError as e:
    print("caught once:", e, "| field:", e.field)
validate({"age": 3})
