# Reading configuration from environment variables with defaults and type conversion.
import os

os.environ["APP_PORT"] = "8080"
os.environ["APP_DEBUG"] = "true"
os.environ["APP_HOSTS"] = "a.example,b.example"
print(os.environ["APP_PORT"], os.environ.get("APP_MISSING"), os.environ.get("APP_MISSING", "default"))
print(os.getenv("APP_DEBUG"), os.getenv("NOPE_NOT_SET"), os.getenv("NOPE_NOT_SET", "fallback"))


def env_int(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def env_bool(name):
    return os.environ.get(name, "").lower() in ("1", "true", "yes")


print(env_int("APP_PORT", 80), env_int("APP_WORKERS", 4), env_bool("APP_DEBUG"), env_bool("APP_VERBOSE"))
print(os.environ["APP_HOSTS"].split(","))
print("APP_PORT" in os.environ, "APP_NOPE" in os.environ)
del os.environ["APP_PORT"]
print("APP_PORT" in os.environ, os.environ.pop("APP_DEBUG"), os.environ.pop("APP_DEBUG", "gone"))
os.environ.setdefault("APP_MODE", "prod")
os.environ.setdefault("APP_MODE", "dev")
print(os.environ["APP_MODE"])
app = sorted((k, v) for k, v in os.environ.items() if k.startswith("APP_"))
print(app)
try:
    os.environ["APP_UNSET"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["APP_RETRIES"] = 3
except TypeError as e:
    print("TypeError:", e)
os.environ.update(APP_RETRIES="3")
print(type(os.environ), os.environ.pop("APP_RETRIES"), os.getenv("APP_RETRIES"))
