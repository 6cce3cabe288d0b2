# An exception raised while a module body runs ends the program.
import implib.sub.deep
import implib.sub.missing_module
