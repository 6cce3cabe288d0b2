# String and bytes literals: quotes, prefixes, escapes, concatenation.
s = 'single'
s = "double"
s = '''triple
single'''
s = """triple
double"""
s = r'raw \n'
s = R"raw \d"
s = u'unicode'
s = U"upper u"
s = 'esc\n\t\\\'\"\x41\101\u00e9\U0001F600\N{BULLET}'
s = 'line \
continued'
s = 'adjacent' "literals" '''joined'''
s = ('implicit'
     'concatenation')
s = u'kind' 'only first'
b = b'bytes'
b = B"BYTES"
b = br'raw\bytes' rb'more'
b = b'\x00\xff' b'\n'
s = ''
b = b''
s = 'é∞€'
s = "it's"
s = 'say "hi"'
