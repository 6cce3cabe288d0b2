# A starred expression on its own.
*a
