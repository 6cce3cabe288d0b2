# json.loads of strings: every escape, \u escapes and surrogate pairs,
# control characters with strict on and off.
import json

print(repr(json.loads(r'"\" \\ \/ \b \f \n \r \t"')))
print(repr(json.loads(r'"\u0041\u00e9\u20AC\uffff\u0000\u001f"')))
print(repr(json.loads(r'"\ud83d\ude00 and \uD83C\uDF89"')))
print(repr(json.loads(r'"lone \ud800 high"')))
print(repr(json.loads(r'"lone \udc00 low"')))
print(repr(json.loads(r'"\ud800\ud800\udc00"')))
print(repr(json.loads(r'"\ud800\u0041"')))
print(repr(json.loads(r'"\udc00\ud800"')))
print(repr(json.loads(r'"\ud800\n"')))
print(repr(json.loads(r'"\ud800"')), repr(json.loads(r'"\ud800x"')))
print(repr(json.loads(r'"end\ud83d\ude00"')))
print(repr(json.loads('"raw é and 😀 and \u2028"')))
print(repr(json.loads(r'"mixed é\u00e9\\é\"é"')))
print(repr(json.loads('"' + 'x' * 5000 + r'\n' + 'y' * 5000 + '"')[4998:5003]))
print(json.loads(r'["\\", "\\\\", "\"", "a\\b"]'))
print(json.loads(r'{"k\u00e9y": "v\nal", "\"q\"": 1}'))
print(repr(json.loads('"\x7f\x80\xa0"')))

# Control characters are refused unless strict is false.
for text in ['"a\tb"', '"a\nb"', '"\x00"', '"ok\x1f"', '["x", "y\r"]']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), e)
    print(repr(json.loads(text, strict=False)))
decoder = json.JSONDecoder(strict=False)
print(repr(decoder.decode('{"tab\there": "line\nbreak"}')))
print(decoder.strict, json.JSONDecoder().strict)

# Escapes round-trip through dumps.
for s in ["\x00\x01\x1f", "\"\\/", "é😀\ud800", "\u2028", "a" * 100]:
    for ascii_only in (True, False):
        assert json.loads(json.dumps(s, ensure_ascii=ascii_only)) == s
print("round trips ok")

# Surrogate characters written raw in the document are kept as they are.
print(repr(json.loads('["\ud800", "a\udc00b", "\ud83d\ude00", "é\ud800é"]')))
try:
    json.loads('["\ud800é", x]')
except json.JSONDecodeError as e:
    print(e, e.pos, e.colno)
print(json.JSONDecoder().raw_decode('\udc00 ["\ud800"] tail', 2))
