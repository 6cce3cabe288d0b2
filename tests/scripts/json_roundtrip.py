# Random documents (from a seeded generator) written with every option
# combination and read back; the text must be CPython's to the byte.
import json
import random

rng = random.Random(20240611)
ALPHABET = 'abcXYZ 09_-"\\/\n\t\x00\x1f\x7fé€日😀\u2028'


def make_string():
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 8)))


def make_scalar():
    kind = rng.randrange(7)
    if kind == 0:
        return rng.randrange(-10 ** 6, 10 ** 6)
    if kind == 1:
        return rng.randrange(-2 ** 80, 2 ** 80)
    if kind == 2:
        return rng.random() * 10 ** rng.randrange(-20, 20)
    if kind == 3:
        return make_string()
    if kind == 4:
        return rng.choice([True, False, None])
    if kind == 5:
        return -rng.random()
    return rng.choice([0, 0.0, -1, 1e100, 2.5e-300, 1.0])


def make_value(depth):
    if depth <= 0 or rng.random() < 0.3:
        return make_scalar()
    if rng.random() < 0.5:
        return [make_value(depth - 1) for _ in range(rng.randrange(0, 5))]
    return {make_string(): make_value(depth - 1) for _ in range(rng.randrange(0, 5))}


docs = [make_value(4) for _ in range(30)]
total = 0
for i, doc in enumerate(docs):
    for options in [{}, {'ensure_ascii': False}, {'indent': 2},
                    {'sort_keys': True, 'separators': (',', ':')},
                    {'indent': '\t', 'ensure_ascii': False, 'sort_keys': True}]:
        text = json.dumps(doc, **options)
        total += len(text)
        assert json.loads(text) == doc, (i, options)
        assert json.loads(text.encode('utf-8')) == doc, (i, options)
    if i < 6:
        print(json.dumps(doc))
        print(json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1))
print('characters written:', total)

# A bigger document: a thousand values.
rows = [{'id': i, 'label': 'row %d' % i, 'weight': i * 0.25, 'flags': [i % 2 == 0, None],
         'tags': ['t%d' % (i % 7), 'é' * (i % 3)]} for i in range(200)]
text = json.dumps(rows)
back = json.loads(text)
print(len(text), back == rows, back[199])
pretty = json.dumps(rows, indent=4, sort_keys=True)
print(len(pretty), json.loads(pretty) == rows)
print(pretty[:120])
