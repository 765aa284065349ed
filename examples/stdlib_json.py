# json: converting between Python values and JSON text.
import json

record = {"name": "Ada", "languages": ["en", "fr"], "admin": True, "manager": None}

# dumps: Python -> JSON. indent pretty-prints, sort_keys orders the keys.
text = json.dumps(record)
print(text)
print(json.dumps(record, indent=2, sort_keys=True))

# loads: JSON -> Python. true/false/null become True/False/None.
back = json.loads(text)
print(back == record, back["languages"])

# Malformed input raises JSONDecodeError, which says where.
try:
    json.loads('{"name": "Ada",}')
except json.JSONDecodeError as e:
    print("bad JSON:", e)
