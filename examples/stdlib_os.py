# os and os.path: the environment and file-system paths.
import os

# Build paths with join instead of gluing strings with "/".
path = os.path.join("data", "reports", "2024.csv")
print(path)
print(os.path.basename(path), os.path.dirname(path))
print(os.path.splitext(path))  # ('data/reports/2024', '.csv')

# Environment variables: read with a default for when they are not set.
os.environ["APP_MODE"] = "demo"
print(os.environ.get("APP_MODE"), os.getenv("APP_UNSET", "fallback"))

# This file exists; a made-up one does not.
print(os.path.exists("stdlib_os.py"), os.path.exists("no-such-file.txt"))
