# str.maketrans and str.translate.
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc-abc".translate(table))
table2 = str.maketrans("ae", "AE", "xyz")
print(sorted(table2.items()), "a fox ate eggs".translate(table2))
table3 = str.maketrans({"a": "1", "b": None, 99: "see", "é": 101})
print(sorted(table3.items()), "abcé".translate(table3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "hello".translate([]))
print("abc".translate({97: None, 98: "xy", 99: 100}), "abc".translate("xyz"))
rot13 = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                      "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
for call in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
             lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 1),
             lambda: "abc".translate({97: 1.5}), lambda: "abc".translate({97: 0x110000}), lambda: "a".translate()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
