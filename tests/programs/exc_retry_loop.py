# Retry logic with try/except/else/finally inside loops, using continue and break, with a fake flaky service.
class TransientError(Exception):
    pass

class FatalError(Exception):
    pass

def make_service(script):
    calls = iter(script)
    def call(request):
        outcome = next(calls)
        if outcome == "transient":
            raise TransientError(f"timeout on {request}")
        if outcome == "fatal":
            raise FatalError(f"bad request {request}")
        return f"{request} -> {outcome}"
    return call

def with_retries(service, request, attempts=3):
    log = []
    for attempt in range(1, attempts + 1):
        try:
            result = service(request)
        except TransientError as e:
            log.append(f"attempt {attempt}: {e}")
            continue
        except FatalError as e:
            log.append(f"attempt {attempt}: fatal {e}")
            break
        else:
            log.append(f"attempt {attempt}: ok")
            return result, log
        finally:
            log.append(f"attempt {attempt}: cleanup")
    else:
        log.append("gave up after retries")
    return None, log

scenarios = {
    "first try": ["200"],
    "third try": ["transient", "transient", "201"],
    "never": ["transient", "transient", "transient"],
    "fatal": ["transient", "fatal"],
}
for name, script in scenarios.items():
    result, log = with_retries(make_service(script), name.replace(" ", "_"))
    print(f"{name}: {result}")
    for line in log:
        print("   ", line)
