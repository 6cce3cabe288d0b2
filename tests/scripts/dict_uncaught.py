# A missing key that nobody catches: KeyError with the key's repr.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
