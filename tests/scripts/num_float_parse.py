# float() of strings: accepted forms and the error message.
def t(s):
    try:
        print(repr(float(s)))
    except ValueError as e:
        print("ValueError:", e)

for s in ["1.5", " 1.5 ", "-2", "+3.", ".5", "5.", "1e5", "1E-5", "1e+5", "1_000.5", "1_0e1_0",
          "inf", "-inf", "+inf", "Infinity", "-infinity", "iNfInItY", "INF", "nan", "-nan", "NaN", "+nan",
          "1e400", "-1e400", "4.9e-324", "2.4e-324", "2.5e-324", "0.1", "123456789012345678901234567890.5",
          "１.５", "\u2003 2.5\u00a0", "\t 7 \n", "0.30000000000000004", "1.7976931348623157e308", "1.7976931348623159e308",
          "abc", "", " ", "1.2.3", "1,5", "1e", "1e+", "e5", ".", "infinit", "infinityy", "nana", "0x1p3", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "--1", "1.5\x00", "١.x"]:
    t(s)
print(float(b"1.5"), float(b" -3 "))
try:
    float(b"abc")
except ValueError as e:
    print("ValueError:", e)
