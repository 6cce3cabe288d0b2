# Small text-processing programs built from str methods.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness..."""
words = [w.strip(".,").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:>8} {n:3d} {'#' * n}")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Attack at Dawn!", 3)
print(secret, caesar(secret, -3))
def is_palindrome(s):
    letters = [c.casefold() for c in s if c.isalnum()]
    return letters == letters[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
csv = "name,qty,price\nwidget,3,2.50\ngadget,10,0.99\n"
header, *rows = csv.strip().splitlines()
cols = header.split(",")
total = 0.0
for row in rows:
    rec = dict(zip(cols, row.split(",")))
    cost = int(rec["qty"]) * float(rec["price"])
    total += cost
    print("{name:<8}{qty:>4} x {price:>5} = {cost:7.2f}".format(cost=cost, **rec))
print("TOTAL".rjust(20, "."), f"{total:7.2f}")
title = "the lord of the rings"
small = {"of", "the", "a"}
print(" ".join(w if i and w in small else w.capitalize() for i, w in enumerate(title.split())))
print("-".join(reversed("2024-01-31".split("-"))), "snake_case_name".replace("_", " ").title().replace(" ", ""))
