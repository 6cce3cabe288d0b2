# bytes and str literals next to each other.
x = b'a' 'b'
