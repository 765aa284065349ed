# Uncaught NameError for a name that is never defined.
def configure(options):
    settings = {}
    for key, value in options:
        settings[key] = value
        print("set", key, "=", value)
    return settings

cfg = configure([("debug", True), ("level", 3)])
print(sorted(cfg))
try:
    print(missing_handled_name)
except NameError as e:
    print("handled:", e)
def uses_late_global():
    return late_global * 2
late_global = 21
print(uses_late_global())
del late_global
print(undefined_setting_xyz)
