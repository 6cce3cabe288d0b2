# An uncaught JSONDecodeError is reported under its full name,
# json.decoder.JSONDecodeError, with CPython's message.
import json

print(json.loads('{"fine": [1, 2]}'))
json.loads('{"broken": [1, 2}')
