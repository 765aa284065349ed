# import forms: plain, with as, from-import with as; relative and dotted imports in an uncalled function.
import sys
import sys as system
from sys import maxsize, exit as leave
from sys import (
    version_info as vi,
    byteorder,
)

print(sys is system, callable(leave))
print(maxsize > 2**31, vi[0], vi >= (3, 11))
print(byteorder in ("little", "big"))
print(type(sys).__name__, sys.__name__, system.__name__)

def never_called():
    # A script has no package, so these could not run; they only need to parse.
    from . import sibling
    from .. import parent_module as pm
    from .pkg.sub import name, other as alias
    from ...deep import (a, b as bee, c,)
    import os.path
    import xml.etree.ElementTree as ET
    from os.path import join as pjoin, split
    from math import (floor, ceil)
    return sibling, pm, name, alias, a, bee, c, os, ET, pjoin, split, floor, ceil

print(never_called.__name__, "defined but not called")

def local_import():
    import sys as inner_sys
    from sys import maxsize as biggest
    return inner_sys is sys, biggest == maxsize

print(local_import())
print("sys" in sys.modules, "argv" in dir(sys))
print(sys.modules["sys"] is system, leave is sys.exit)
