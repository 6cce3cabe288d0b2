# The ValueError and TypeError messages of int().
def t(*args, **kw):
    try:
        print(int(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["abc", "", " ", "1__0", "_1", "1_", "- 1", "--1", "1 2", "1.5", "1e5", "12\u00e9", "0x", "0b", "0b2", "010", "00_1", "0_7", "0x__1", "  x  ", "١٢x"]:
    t(s)
t("0x1f")
t("0x1f", 10)
t("12", 2)
t("z", 35)
t("12", 1)
t("12", 37)
t("12", -1)
t("12", 2 ** 70)
t("12", 2.0)
t(5, 10)
t(1.5, 2)
t([])
t(None)
t("1" * 4301)
t("-" + "1" * 5000)
t(b"abc")
t(b"")
t(base=10)
