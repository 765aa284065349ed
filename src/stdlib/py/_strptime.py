"""_strptime — time.strptime for the C locale, as CPython 3.11's _strptime.

The format becomes a regular expression (one named group per directive,
with CPython's patterns, matched ignoring case); the groups then give the
date's fields, and the missing ones (weekday, day of the year, date from
week number) are computed as CPython computes them.
"""

import re
import time

_A_WEEKDAY = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_F_WEEKDAY = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_A_MONTH = ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_F_MONTH = ["", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"]
_AM_PM = ["am", "pm"]
_TIMEZONES = (frozenset({"utc", "gmt", time.tzname[0].lower()}),
              frozenset({time.tzname[1].lower()}) if time.daylight else frozenset())


def _seq_to_re(values, directive):
    # Longest first, so that a name is not cut short by its prefix.
    values = sorted(values, key=len, reverse=True)
    if not any(values):
        return ""
    return "(?P<%s>%s)" % (directive, "|".join(re.escape(v) for v in values))


_DIRECTIVES = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": _seq_to_re(_F_WEEKDAY, "A"),
    "a": _seq_to_re(_A_WEEKDAY, "a"),
    "B": _seq_to_re(_F_MONTH[1:], "B"),
    "b": _seq_to_re(_A_MONTH[1:], "b"),
    "p": _seq_to_re(_AM_PM, "p"),
    "Z": _seq_to_re([tz for names in _TIMEZONES for tz in names], "Z"),
    "%": "%",
}


def _pattern(format):
    # Regex syntax in the format is escaped and runs of white space match
    # any white space; then each directive becomes its pattern.
    format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = re.sub(r"\s+", r"\\s+", format)
    out = ""
    while "%" in format:
        i = format.index("%") + 1
        out += format[:i - 1] + _DIRECTIVES[format[i]]
        format = format[i + 1:]
    return out + format


_DIRECTIVES["c"] = _pattern("%a %b %d %H:%M:%S %Y")
_DIRECTIVES["x"] = _pattern("%m/%d/%y")
_DIRECTIVES["X"] = _pattern("%H:%M:%S")

_regex_cache = {}

# Proleptic Gregorian day numbers, as datetime.date.toordinal counts them.
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]


def _ordinal(year, month, day):
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    return days + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _from_ordinal(n):
    year = 1
    while True:
        size = 366 if _is_leap(year) else 365
        first = _ordinal(year, 1, 1)
        if n < first + size:
            break
        # Whole years of at most 366 days: never past the year of n.
        year += max(1, (n - first) // 366)
    day_of_year = n - _ordinal(year, 1, 1)
    month = 1
    while day_of_year >= _days_in_month(year, month):
        day_of_year -= _days_in_month(year, month)
        month += 1
    return year, month, day_of_year + 1


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _julian_from_V(iso_year, iso_week, iso_weekday):
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    regex = _regex_cache.get(format)
    if regex is None:
        try:
            regex = re.compile(_pattern(format), re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError(f"'{bad}' is a bad directive in format '{format}'") from None
        except IndexError:
            raise ValueError(f"stray % in format '{format}'") from None
        _regex_cache[format] = regex
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    iso_week = week_of_year = week_of_year_start = None
    weekday = julian = None
    fields = found.groupdict()
    for key, value in fields.items():
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _F_MONTH.index(value.lower())
        elif key == "b":
            month = _A_MONTH.index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (fields.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _F_WEEKDAY.index(value.lower())
        elif key == "a":
            weekday = _A_WEEKDAY.index(value.lower())
        elif key == "w":
            weekday = 6 if int(value) == 0 else int(value) - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            if value == "Z":
                gmtoff = 0
            else:
                z = value
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                if z.startswith("-"):
                    gmtoff = -gmtoff
        elif key == "Z":
            zone = value.lower()
            for i, names in enumerate(_TIMEZONES):
                if zone in names:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and zone not in ("utc", "gmt")):
                        break
                    tz = i
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    # February 29th without a year is computed in a leap year, then given
    # back the default year 1900.
    leap_year_fix = year is None and month == 2 and day == 29
    if leap_year_fix:
        year = 1904
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz,
            fields.get("Z"), gmtoff), fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    return time.struct_time(_strptime(data_string, format)[0])
