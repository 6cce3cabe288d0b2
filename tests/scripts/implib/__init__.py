"""A package the import tests load."""
value = 42
__all__ = ["value", "mod"]
print("implib init", __name__, __package__)
