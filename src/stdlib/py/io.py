"""In-memory streams (StringIO, BytesIO) and the names of the io module.

weft's files are native (`open`); what scripts use io for besides is a
text or bytes buffer to print into or parse from, often as sys.stdout under
contextlib.redirect_stdout. These follow CPython's _io.StringIO and
_io.BytesIO: positions, overwriting, zero-padding past the end, the same
errors. Writes at the end, the common case, are collected and joined once.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Buffer:
    """What StringIO and BytesIO share: a value, a position, and the
    pieces written at the end not yet joined into the value."""

    _empty = ""
    _closed_message = "I/O operation on closed file."

    def _init(self, value):
        self._value = value
        self._tail = []
        self._size = len(value)
        self._pos = 0
        self._closed = False

    def _whole(self):
        if self._tail:
            self._value = self._value + self._empty.join(self._tail)
            self._tail = []
        return self._value

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def tell(self):
        self._check_open()
        return self._pos

    def getvalue(self):
        self._check_open()
        return self._whole()

    def _put(self, s):
        if self._pos == self._size:
            self._tail.append(s)
        else:
            value = self._whole()
            if self._pos > len(value):
                value = value + self._pad * (self._pos - len(value))
            self._value = value[:self._pos] + s + value[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return len(s)

    def read(self, size=-1):
        self._check_open()
        value = self._whole()
        if size is None or size < 0:
            size = len(value)
        start = min(self._pos, len(value))
        out = value[start:start + size]
        self._pos = start + len(out)
        return out

    def readline(self, size=-1):
        self._check_open()
        value = self._whole()
        start = min(self._pos, len(value))
        stop = value.find(self._newline, start)
        stop = len(value) if stop < 0 else stop + 1
        if size is not None and size >= 0:
            stop = min(stop, start + size)
        self._pos = stop
        return value[start:stop]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        value = self._whole()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"Negative size value {size}")
        self._value = value[:size]
        self._size = len(self._value)
        return size

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Buffer, TextIOBase):
    _closed_message = "I/O operation on closed file"
    _pad = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._translate = newline
        self._init(self._in(initial_value))

    def _in(self, s):
        if self._translate is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate not in ("", "\n"):
            return s.replace("\n", self._translate)
        return s

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._put(self._in(s))
        return len(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._whole())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Buffer, BufferedIOBase):
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._init(bytes(initial_bytes))

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._put(bytes(b))

    def getvalue(self):
        self._check_open()
        return bytes(self._whole())

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._whole()) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"
