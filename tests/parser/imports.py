# import and from-import in every form.
import os
import os.path
import os.path as osp
import sys, json as j, collections.abc
from os import path
from os import path as p, sep
from os import (path, sep,)
from os import (
    path as p2,
    sep,
)
from . import sibling
from .. import parent
from .module import name
from ..package.module import name as other
from ... import grand
from .... import great
from ....deep.er import thing
from os import *
from .rel import *
