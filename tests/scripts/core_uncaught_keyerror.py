# An uncaught KeyError prints the repr of the missing key.
config = {"host": "localhost", "port": 8080}
for key in ["host", "port"]:
    print(key, config[key])


def get_setting(name):
    return config[name]


print("about to fail")
print(get_setting("user name"))
