# Validating untrusted JSON: JSONDecodeError positions and messages.
import json

samples = [
    '{"a": 1,}', '[1, 2', '{"a" 1}', "{'single': 1}", '', '   ', 'nul', '[1] extra',
    '{"a": 01}', '"unterminated', '"bad \\x escape"', '[1,,2]', '{"a":1 "b":2}', '{1: 2}',
    '"\t tab inside"', '[-]', '1.', 'NaN', '[Infinity, -Infinity]', '{"k": tru}',
    '\n\n  {"line": 3,\n "oops"}',
]
for s in samples:
    try:
        value = json.loads(s)
        print("ok", repr(s), "->", value)
    except json.JSONDecodeError as e:
        print("error", repr(s), "|", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)
        print("   ", e)
try:
    json.loads(b'{"bytes": true}')
    print("bytes accepted")
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
config_lines = ['{"debug": true}', '{"port": "80"', '{"hosts": ["a", "b"]}']
good = []
for i, line in enumerate(config_lines, 1):
    try:
        good.append(json.loads(line))
    except ValueError as e:
        print(f"line {i}: skipped ({e})")
print(good)
