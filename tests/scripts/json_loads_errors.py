# json.loads errors: every message of the decoder, with msg, pos,
# lineno, colno and doc; TypeError for a non-text argument.
import json

bad = ['', ' ', '   \n  ', 'x', '[1,]', '[1 2]', '[1,2', '[', ']', '{', '}',
       '{"a":1,}', '{"a" 1}', '{a:1}', "{'a':1}", '{"a":', '{"a"', '{"a":1 "b":2}',
       '{"a":1,', '{1:2}', '{"a"::1}', '{,}', '[,]', '[1,,2]', '"abc', '"abc\\',
       '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u"', '"\\u1234',
       '"\\ud800\\uzzzz"', '"\\ud800\\u12"', '"\\ud800\\"', '"\\ud800\\uDC0"',
       '"\\a"', '"\\\'"', '1 2', '1 x', '-', '--1', '+1', '01', '00', '-01',
       '1.', '.5', '1e', '1e+', '1.5e+', '1.5E-x', 'nul', 'tru', 'fals', 'None',
       'True', 'nan', 'inf', '-Inf', 'Infinit', '[1]x', '{"a":1}x', '[] []',
       '"a" "b"', '[1,\n 2,\n x]', '{\n  "a": 1,\n  "b" 2\n}',
       '\n\n\n   ]', '[\n"abc\n"]', '[1, 2, 3]]', '{"a": [1, {"b": }]}',
       '[true, false, nul]', '"\ttab"', '["ok", "bad\x00"]', '\ufeff[1]',
       ' \ufeff[1]', '["é", x]', '{"clé": 1 "x": 2}', '"日本', '["😀", ]']
for text in bad:
    try:
        value = json.loads(text)
        print(repr(text), 'parsed as', repr(value))
    except json.JSONDecodeError as e:
        print(repr(text), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno,
              e.doc == text)

try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
    print(repr(e))

for arg in [5, None, 1.5, ['[]'], {'a': 1}]:
    try:
        json.loads(arg)
    except TypeError as e:
        print(type(e).__name__, e)

err = json.JSONDecodeError('Custom problem', 'ab\ncd\nef', 7)
print(err, err.msg, err.pos, err.lineno, err.colno)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
err = json.JSONDecodeError('At start', '', 0)
print(err, err.lineno, err.colno)

# Decoding errors raised from bytes name the decoded text.
try:
    json.loads(b'[1, \xc3\xa9]')
except json.JSONDecodeError as e:
    print(e, repr(e.doc))
try:
    json.loads(b'\xef\xbb\xbf[1,]')
except json.JSONDecodeError as e:
    print(e, repr(e.doc))
