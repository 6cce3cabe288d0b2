# String work: concatenation, f-strings, split/join, find, replace, case
# conversion and slicing. The checksum folds lengths and positions so every
# step's result is checked.


def build_lines(n):
    lines = []
    for i in range(n):
        s = "item" + str(i) + ":" + str(i * 7 % 1000)
        lines.append(f"{s},{i % 13:03d},{'odd' if i % 2 else 'even'},{i / 4:.2f}")
    return lines


def process(lines):
    check = 0
    for line in lines:
        fields = line.split(",")
        check = (check + len(fields[0]) + int(fields[1])) % 1000003
        joined = "|".join(fields)
        check = (check + joined.find("|odd") + joined.find(".25")) % 1000003
        replaced = joined.replace("item", "ITEM").replace("|", "; ")
        check = (check + len(replaced) + replaced.count("; ")) % 1000003
        if replaced.startswith("ITEM1") and line.endswith("0"):
            check = (check + 1) % 1000003
        check = (check + len(line.upper()) + ord(line[len(line) // 2])) % 1000003
    return check


def accumulate(n):
    out = ""
    for i in range(n):
        out += chr(97 + i % 26)
        if len(out) > 200:
            out = out[100:]
    return len(out) + out.count("a") + out.find("xyz")


def main(n):
    lines = build_lines(n)
    print(process(lines))
    print(accumulate(n * 4))
    text = " ".join(lines)
    words = text.split()
    print(len(words), len(text), text.count("odd"), text.rfind("even"))


main(150000)
