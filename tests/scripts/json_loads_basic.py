# json.loads of values, numbers, whitespace, nesting, bytes and raw_decode.
import json

for text in ['null', 'true', 'false', '0', '-0', '7', '-12', '1.5', '-0.0',
             '1e3', '1E3', '1e+3', '1e-3', '-1.25E-2', '0.000001', '1e400',
             '-1e400', '123456789012345678901234567890', '1.7976931348623157e308',
             '5e-324', '2.5e-400', '"text"', '""', '[]', '{}', 'NaN',
             'Infinity', '-Infinity', '10.0', '0e0', '-0e-0']:
    value = json.loads(text)
    print(text, '->', type(value).__name__, repr(value))

print(json.loads('[1, 2.0, "three", null, true, false, [], {}]'))
print(json.loads('{"a": {"b": {"c": [1, {"d": []}]}}}'))
print(json.loads(' \t\n\r [ 1 , 2 ,\n\t3 ] \n\r\t '))
print(json.loads('{ "k" : "v" , "n" :\n 1 }'))
print(json.loads('{"a":1,"a":2,"b":3,"a":4}'))
print(json.loads('[[[[[[[[[[]]]]]]]]]]'))
print(json.loads('{"":""}'), json.loads('[""]'))
big = json.loads('[' + ','.join(str(i) for i in range(2000)) + ']')
print(len(big), sum(big))
nums = json.loads('[' + ', '.join(str(2 ** k) for k in range(0, 200, 7)) + ']')
print(nums[-1] == 2 ** 196, nums[:5])
print(json.loads('-123456789012345678901234567890123456789012345678901234567890'))

# Key order is kept.
print(list(json.loads('{"z": 1, "y": 2, "x": 3, "a": 4}')))

# Non-ASCII documents.
print(json.loads('{"ville": "Zürich", "mot": "日本", "e": "😀"}'))
print(json.loads('["é", "€", 1, "x"]'))
print(json.loads('  "naïve"  '))

# bytes in UTF-8 (with or without a BOM), UTF-16 and UTF-32.
print(json.loads(b'{"a": [1, 2]}'))
print(json.loads('["caf\u00e9"]'.encode('utf-8')))
print(json.loads(b'\xef\xbb\xbf[1, "x"]'))
print(json.loads(b'[\x001\x00]\x00'))
print(json.loads(b'\x00[\x001\x00]'))
print(json.loads(b'\xff\xfe[\x00"\x00=\xd8\x00\xde"\x00]\x00'))
print(json.loads(b'\xfe\xff\x00[\x002\x00]'))
print(json.loads(b'[\x00\x00\x003\x00\x00\x00]\x00\x00\x00'))
print(json.loads(b'\x00\x00\x00[\x00\x00\x004\x00\x00\x00]'))
print(json.loads(b'\xff\xfe\x00\x00[\x00\x00\x005\x00\x00\x00]\x00\x00\x00'))
print(json.loads(b'7'), json.loads(b'\x008'), json.loads(b'9\x00'))

# raw_decode reads one value and says where it ended.
decoder = json.JSONDecoder()
print(decoder.raw_decode('[1, 2] trailing'))
print(decoder.raw_decode('xx{"a": 1}yy', 2))
print(decoder.raw_decode('"é" + "ü"'))
print(decoder.raw_decode('é "ü" rest', 2))
print(decoder.raw_decode('123abc'))
print(decoder.decode('  {"k": [true]}  '))
stream = '{"a": 1} {"b": 2}  [3]'
pos = 0
while pos < len(stream):
    value, pos = decoder.raw_decode(stream, pos)
    print(value, pos)
    while pos < len(stream) and stream[pos] == ' ':
        pos += 1

# The same, through a document with non-ASCII text, forwards and back.
stream = '{"é": 1} ["ü", "日本"]  "😀" [{"x": "ß"}] 7'
pos = 0
starts = []
while pos < len(stream):
    starts.append(pos)
    value, pos = decoder.raw_decode(stream, pos)
    print(value, pos, repr(stream[pos:pos + 3]))
    while pos < len(stream) and stream[pos] == ' ':
        pos += 1
for start in reversed(starts):
    print(start, decoder.raw_decode(stream, start))
print(decoder.raw_decode(stream, 1))
try:
    decoder.raw_decode(stream, 2)
except json.JSONDecodeError as e:
    print(e)
try:
    decoder.raw_decode('["日本", x]', 0)
except json.JSONDecodeError as e:
    print(e)
print(decoder.raw_decode('["日本", 1]', 0))
