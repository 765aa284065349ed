# Geometry and statistics helpers built on math.
import math

points = [(0, 0), (3, 4), (6, 8), (-2, 7), (5, -1)]
for (x1, y1), (x2, y2) in zip(points, points[1:]):
    print(f"dist {x1},{y1} -> {x2},{y2}: {math.dist((x1, y1), (x2, y2)):.6f} hypot={math.hypot(x2 - x1, y2 - y1)}")
for deg in [0, 30, 45, 60, 90, 180, 270]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), math.degrees(r))
print(math.atan2(1, 1), math.atan(1) * 4, math.pi, math.tau, math.e)
print(math.asin(0.5), math.acos(0.5), math.tan(math.pi / 4))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))


def polygon_area(pts):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2


print("area:", polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]))
r = 2.5
print("circle:", math.pi * r ** 2, 2 * math.pi * r)
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3]
mean = math.fsum(data) / len(data)
sd = math.sqrt(math.fsum((x - mean) ** 2 for x in data) / (len(data) - 1))
print("mean", mean, "sd", sd)
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.prod([1.5, 2, 4]), math.prod(range(1, 8)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), math.floor(7), math.ceil(7.0001))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(7, -3), math.remainder(7, 3), math.modf(3.75), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.inf, -math.inf, math.nan, math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.exp(1), math.expm1(1e-10), math.log(100), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, 0.5), math.sqrt(2), math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt")
