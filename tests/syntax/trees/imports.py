import os.path as p, sys
from ...pkg.mod import (a as b, c,)
from . import *
