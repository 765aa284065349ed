# os and os.path: joining, splitting and testing paths, the environment, OSError details.
import os, os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/x", "/y"), join("a/", "b"), splitext("arch.tar.gz"), splitext(".bashrc"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"), os.path.split("a/b/"), os.path.normpath("a/./b/../c//d"))
print(os.sep, os.name, isinstance(os.getpid(), int), os.path.exists("/definitely/not/here"), os.path.isdir("/"))
print(os.getenv("WEFT_SURELY_UNSET", "default"), "PATH" in os.environ)
try:
    os.remove("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
print(os.path.abspath("/a/../b"), os.path.isabs("x"), os.path.splitext("/a.b/c"))
