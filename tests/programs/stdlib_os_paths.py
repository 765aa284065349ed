# Path manipulation for a build script with os and os.path.
import os
import os.path

files = ["src/main.py", "src/util/helpers.py", "README.md", "/abs/path/archive.tar.gz",
         "no_ext", ".hidden", "dir/", "a//b///c.txt", "./rel/../x.py"]
for f in files:
    print(f"{f!r:28} base={os.path.basename(f)!r:16} dir={os.path.dirname(f)!r:14} ext={os.path.splitext(f)}")
print(os.path.join("build", "out", "app.bin"), os.path.join("/root", "etc", "/abs", "x"))
print(os.path.join("a", ""), os.path.join("", "b"), os.path.join("a/", "b"))
print(os.path.split("/usr/local/bin/python3"), os.path.split("file.txt"), os.path.split("/"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.isabs("x/y"), os.sep, os.linesep == "\n", os.path.sep, os.curdir, os.pardir)
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
here = os.getcwd()
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(here))
me = os.path.join(here, "stdlib_os_paths.py")
print(os.path.exists(me), os.path.isfile(me), os.path.exists(me + ".missing"))
print(os.path.basename(me), os.path.dirname(me) == here, os.path.abspath("stdlib_os_paths.py") == me)
outputs = [os.path.splitext(os.path.basename(f))[0] + ".o" for f in files if f.endswith(".py")]
print(outputs)
print(sorted(os.path.splitext(f)[1] or "<none>" for f in files))
print(os.path.commonprefix(["/usr/lib/x", "/usr/local/y"]), os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"))
print(os.path.relpath(me), os.path.relpath(here, here), repr(os.path.commonprefix([])))
print(type(os.getpid()).__name__, os.getpid() > 0, os.name)
