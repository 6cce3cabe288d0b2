import circ_a
B = "b"
try:
    from circ_a import A
except ImportError as e:
    print(str(e).split(" (/")[0])
