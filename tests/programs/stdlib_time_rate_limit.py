# A token-bucket rate limiter and a retry loop with backoff, on time.monotonic.
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.stamp = time.monotonic()

    def take(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


bucket = TokenBucket(rate=2, capacity=3)
t0 = time.monotonic()
for i in range(12):
    ok = bucket.take()
    print(f"t={time.monotonic() - t0:5.2f} request {i:2} {'ok' if ok else 'throttled'} tokens={bucket.tokens:.2f}")
    time.sleep(0.2)


def flaky(attempt):
    if attempt < 3:
        raise ConnectionError(f"attempt {attempt} failed")
    return "payload"


delay = 0.1
t0 = time.monotonic()
for attempt in range(5):
    try:
        result = flaky(attempt)
        print("got", result, "after", attempt, "retries at", round(time.monotonic() - t0, 2))
        break
    except ConnectionError as e:
        print(e, "- sleeping", delay)
        time.sleep(delay)
        delay *= 2

deadline = time.monotonic() + 1.0
polls = 0
while time.monotonic() < deadline:
    polls += 1
    time.sleep(0.3)
print("polls before deadline:", polls)
ns0 = time.monotonic_ns()
time.sleep(0.001)
print("ns delta:", time.monotonic_ns() - ns0)
