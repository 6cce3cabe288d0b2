#!/usr/bin/env python3
"""Generates vm/unicode_tables.c from the Unicode database of CPython 3.11.

Every table is computed from the behaviour of CPython's own str methods on
one-character strings, so Eddy's predicates and case mappings agree with
CPython's for every code point by construction:

  - predicates (isprintable, isalpha, isdecimal, isdigit, isnumeric,
    isspace, isupper, islower, the titlecase letters, identifier start and
    continue, cased, case-ignorable) become sorted, disjoint [start, end]
    ranges that unicode.c binary-searches;
  - the case mappings (upper, lower, title, casefold) become runs of code
    points that share one delta, with a stride of 1 or 2 (the alternating
    upper/lower pairs of Latin Extended are one run each), giving the first
    code point of the full mapping, which is what CPython's one-code-point
    mapping returns; the few code points whose full mapping has two or
    three code points are listed in full in a separate table;
  - decimal digits carry their value implicitly: every decimal range is a
    concatenation of blocks of ten starting at zero.

Usage: python3 scripts/gen_unicode_tables.py > vm/unicode_tables.c
"""

import sys
import unicodedata

MAX_CP = 0x110000
MAX_FULL = 3  # longest full case mapping in Unicode


def is_cased(s):
    # str.title() lowercases a letter that follows a cased character.
    return (s + "A").title()[-1] == "a"


def is_case_ignorable(s):
    # The final-sigma rule of str.lower() skips case-ignorable characters.
    if is_cased(s):
        return ("A\u03a3" + s).lower()[1] == "\u03c2"
    return ("A" + s + "\u03a3").lower()[-1] == "\u03c2"


PREDICATES = [
    ("printable", "str.isprintable", lambda s: s.isprintable()),
    ("alpha", "str.isalpha", lambda s: s.isalpha()),
    ("decimal", "str.isdecimal", lambda s: s.isdecimal()),
    ("digit", "str.isdigit", lambda s: s.isdigit()),
    ("numeric", "str.isnumeric", lambda s: s.isnumeric()),
    ("space", "str.isspace", lambda s: s.isspace()),
    ("upper", "str.isupper", lambda s: s.isupper()),
    ("lower", "str.islower", lambda s: s.islower()),
    ("title", "titlecase letters (Lt)",
     lambda s: s.istitle() and not s.isupper()),
    ("id_start", "first character of str.isidentifier",
     lambda s: s.isidentifier()),
    ("id_continue", "later characters of str.isidentifier",
     lambda s: ("a" + s).isidentifier()),
    ("cased", "cased characters (str.title, final sigma)", is_cased),
    ("case_ignorable", "case-ignorable characters (final sigma)",
     is_case_ignorable),
]

MAPPINGS = [
    ("upper", lambda s: s.upper()),
    ("lower", lambda s: s.lower()),
    ("title", lambda s: s.title()),
    ("fold", lambda s: s.casefold()),
]


def ranges_of(pred):
    """Sorted disjoint [start, end] ranges of the code points where pred holds."""
    out = []
    start = None
    for cp in range(MAX_CP + 1):
        hit = cp < MAX_CP and pred(chr(cp))
        if hit and start is None:
            start = cp
        elif not hit and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def delta_runs(pairs):
    """Groups (cp, delta) pairs, sorted by cp, into (start, end, stride, delta)
    runs; the runs are disjoint because a run ends at the first mapped code
    point that does not continue it."""
    runs = []
    for cp, delta in pairs:
        if runs:
            start, end, stride, d = runs[-1]
            if d == delta and start == end and cp - end in (1, 2):
                runs[-1] = (start, cp, cp - end, d)
                continue
            if d == delta and start != end and cp - end == stride:
                runs[-1] = (start, cp, stride, d)
                continue
        runs.append((cp, cp, 1, delta))
    return runs


def check_decimal(ranges):
    for start, end in ranges:
        for cp in range(start, end + 1):
            assert unicodedata.decimal(chr(cp)) == (cp - start) % 10, hex(cp)


def emit_ranges(out, name, what, ranges):
    out.append("/* %s: %d ranges */" % (what, len(ranges)))
    out.append("const UnicodeRange unicode_%s_ranges[] = {" % name)
    line = " "
    for start, end in ranges:
        item = " {0x%x, 0x%x}," % (start, end)
        if len(line) + len(item) > 79:
            out.append(line)
            line = " "
        line += item
    out.append(line)
    out.append("};")
    out.append("const size_t unicode_%s_count = %d;" % (name, len(ranges)))
    out.append("")


def emit_runs(out, name, runs):
    out.append("/* first code point of %s(): %d runs */" % (name, len(runs)))
    out.append("const UnicodeCaseRun unicode_%s_runs[] = {" % name)
    line = " "
    for start, end, stride, delta in runs:
        item = " {0x%x, 0x%x, %d, %d}," % (start, end, stride, delta)
        if len(line) + len(item) > 79:
            out.append(line)
            line = " "
        line += item
    out.append(line)
    out.append("};")
    out.append("const size_t unicode_%s_run_count = %d;" % (name, len(runs)))
    out.append("")


def full_cp_list(s):
    cps = [ord(c) for c in s] + [0] * (MAX_FULL - len(s))
    return "{" + ", ".join("0x%x" % c for c in cps) + "}"


def emit_special(out):
    rows = []
    for cp in range(MAX_CP):
        s = chr(cp)
        maps = [f(s) for _, f in MAPPINGS]
        if all(len(m) == 1 for m in maps):
            continue
        assert all(len(m) <= MAX_FULL for m in maps), hex(cp)
        rows.append("  {0x%x, {%s}}," % (cp, ", ".join(full_cp_list(m) for m in maps)))
    out.append("/* code points whose full upper, lower, title or casefold mapping")
    out.append(" * has more than one code point: %d entries */" % len(rows))
    out.append("const UnicodeSpecialCase unicode_special_cases[] = {")
    out.extend(rows)
    out.append("};")
    out.append("const size_t unicode_special_case_count = %d;" % len(rows))
    out.append("")


def main():
    out = [
        "/* unicode_tables.c: character data of Unicode %s, as CPython %d.%d"
        % (unicodedata.unidata_version, sys.version_info[0], sys.version_info[1]),
        " * sees it. Generated by scripts/gen_unicode_tables.py; do not edit. */",
        "#include \"vm/unicode_tables.h\"",
        "",
        "/* clang-format off */",
        "",
    ]
    for name, what, pred in PREDICATES:
        ranges = ranges_of(pred)
        if name == "decimal":
            check_decimal(ranges)
        emit_ranges(out, name, what, ranges)
    for name, fn in MAPPINGS:
        pairs = []
        for cp in range(MAX_CP):
            first = ord(fn(chr(cp))[0])
            if first != cp:
                pairs.append((cp, first - cp))
        emit_runs(out, name, delta_runs(pairs))
    emit_special(out)
    out.append("/* clang-format on */")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
