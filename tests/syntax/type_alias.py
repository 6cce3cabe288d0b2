# A type alias statement is not Python 3.11 syntax.
type Point = tuple[float, float]
