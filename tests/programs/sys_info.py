# sys: version_info and float_info as named tuples, platform, limits, the standard streams.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.platform, sys.maxsize, type(sys.argv).__name__)
print(sys.getrecursionlimit(), sys.byteorder, sys.stdout.write("hi\n"), sys.stdin is not None, sys.version.startswith("3.11"))
print(sys.float_info.max, sys.float_info.epsilon, sys.maxunicode, sys.executable != "")
print(sys.float_info.dig, sys.version_info.releaselevel, tuple(sys.version_info)[:2])
