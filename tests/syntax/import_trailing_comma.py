# A trailing comma in an unparenthesized import list.
from os import path,
