//! The `time` module. Every reading goes through the interpreter's clock
//! (interp/clock.rs), so `--clock virtual` covers `time.time()`,
//! `monotonic()`, `perf_counter()` and `sleep()` as it covers asyncio.
//! Local time is UTC (as on the reference machine and under the oracle).

use std::rc::Rc;

use super::{add_fns, arity, builtin, new_module};
use crate::interp::{Vm, R};
use crate::runtime::*;

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("time");
    let struct_time = struct_time_class(vm);
    {
        let mut d = m.dict.borrow_mut();
        add_fns(
            &mut d,
            &[
                ("time", |vm, a, _| {
                    arity(vm, "time", a, 0, 0)?;
                    Ok(Value::Float(vm.clock.wall()))
                }),
                ("time_ns", |vm, a, _| {
                    arity(vm, "time_ns", a, 0, 0)?;
                    Ok(nanos(vm.clock.wall()))
                }),
                ("monotonic", monotonic),
                ("perf_counter", monotonic),
                ("process_time", monotonic),
                ("monotonic_ns", monotonic_ns),
                ("perf_counter_ns", monotonic_ns),
                ("process_time_ns", monotonic_ns),
                ("sleep", sleep),
                ("gmtime", |vm, a, _| broken_down(vm, a, "gmtime")),
                ("localtime", |vm, a, _| broken_down(vm, a, "localtime")),
                ("mktime", mktime),
                ("strftime", strftime),
                ("asctime", asctime),
                ("ctime", ctime),
                // CPython's own strptime is Lib/_strptime.py; so is weft's.
                ("strptime", |vm, a, kw| {
                    super::no_kwargs(vm, "strptime", kw)?;
                    arity(vm, "strptime", a, 1, 2)?;
                    let m = vm.import_module("_strptime")?;
                    let f = vm.getattr(&m, &Name::new("_strptime_time"))?;
                    vm.call(&f, crate::interp::Args::new(a.to_vec()))
                }),
            ],
        );
        d.insert(Name::new("struct_time"), Value::Class(struct_time));
        d.insert(Name::new("timezone"), Value::Int(0));
        d.insert(Name::new("altzone"), Value::Int(0));
        d.insert(Name::new("daylight"), Value::Int(0));
        d.insert(
            Name::new("tzname"),
            Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
        );
    }
    Value::Module(m)
}

fn nanos(seconds: f64) -> Value {
    let n = seconds * 1e9;
    if n.abs() < 9.2e18 {
        Value::Int(n as i64)
    } else {
        Value::bigint(num_bigint::BigInt::from(n as i128))
    }
}

fn monotonic(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "monotonic", a, 0, 0)?;
    Ok(Value::Float(vm.clock.monotonic()))
}

fn monotonic_ns(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "monotonic_ns", a, 0, 0)?;
    Ok(nanos(vm.clock.monotonic()))
}

fn sleep(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "sleep", a, 1, 1)?;
    let secs = seconds_arg(vm, &a[0])?;
    // CPython converts to nanoseconds in an i64 (_PyTime_t) first.
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs.abs() * 1e9 >= 9.223_372_036_854_776e18 {
        return Err(vm.overflow(if matches!(a[0], Value::Float(_)) {
            "timestamp out of range for platform time_t"
        } else {
            "timestamp too large to convert to C _PyTime_t"
        }));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush();
    vm.clock.sleep(secs);
    vm.check_interrupt()?;
    Ok(Value::None)
}

fn seconds_arg(vm: &'static Vm, v: &Value) -> R<f64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_) => vm.to_float(v),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

/// Days since 1970-01-01 to (year, month, day), after Howard Hinnant's
/// `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The nine fields of a struct_time for a moment in UTC.
fn fields_of(seconds: i64) -> [i64; 9] {
    let days = seconds.div_euclid(86_400);
    let secs = seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday.
    [
        y,
        m,
        d,
        secs / 3600,
        secs % 3600 / 60,
        secs % 60,
        wday,
        yday,
        0,
    ]
}

fn struct_time_class(vm: &'static Vm) -> Rc<Class> {
    let class = super::structseq::class(vm, "time", "struct_time", &FIELDS);
    class.dict.borrow_mut().insert(
        Name::new("__new__"),
        Value::StaticMethod(Rc::new(builtin("__new__", |vm, a, _| {
            arity(vm, "struct_time", a, 2, 2)?;
            let Value::Class(cls) = &a[0] else {
                return Err(vm.type_error("struct_time.__new__(X): X is not a type object"));
            };
            let mut items = vm.to_vec(&a[1])?;
            let n = items.len();
            if !(9..=11).contains(&n) {
                let bound = if n < 9 { "at least 9" } else { "at most 11" };
                return Err(vm.type_error(format!(
                    "time.struct_time() takes an {bound}-sequence ({n}-sequence given)"
                )));
            }
            // tm_zone and tm_gmtoff are None unless given, as in CPython.
            items.resize(11, Value::None);
            let gmtoff = items.pop().unwrap_or(Value::None);
            let zone = items.pop().unwrap_or(Value::None);
            Ok(super::structseq::new(
                cls,
                items,
                &[("tm_zone", zone), ("tm_gmtoff", gmtoff)],
            ))
        }))),
    );
    class
}

fn make_struct_time(cls: &Rc<Class>, items: Vec<Value>, zone: &str) -> Value {
    super::structseq::new(
        cls,
        items,
        &[("tm_zone", Value::str(zone)), ("tm_gmtoff", Value::Int(0))],
    )
}

fn struct_time_of(vm: &'static Vm, seconds: i64, zone: &str) -> R<Value> {
    let module = vm.import_module("time")?;
    let cls = match vm.getattr(&module, &Name::new("struct_time"))? {
        Value::Class(c) => c,
        _ => return Err(vm.type_error("time.struct_time is missing")),
    };
    let items = fields_of(seconds).iter().map(|&x| Value::Int(x)).collect();
    Ok(make_struct_time(&cls, items, zone))
}

/// gmtime([secs]) and localtime([secs]) (the same: local time is UTC).
fn broken_down(vm: &'static Vm, a: &[Value], name: &str) -> R<Value> {
    arity(vm, name, a, 0, 1)?;
    let secs = match a.first() {
        None | Some(Value::None) => vm.clock.wall(),
        Some(v) => seconds_arg(vm, v)?,
    };
    let secs = time_t(vm, secs)?;
    // The oracle's virtual clock answers localtime() with gmtime().
    let zone = if name == "gmtime" || vm.clock.is_virtual() {
        "GMT"
    } else {
        "UTC"
    };
    struct_time_of(vm, secs, zone)
}

/// Seconds as a C `time_t`, with CPython's errors, for a year that the C
/// library's `struct tm` can hold.
fn time_t(vm: &'static Vm, secs: f64) -> R<i64> {
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let secs = secs.floor();
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&secs) {
        return Err(vm.overflow("timestamp out of range for platform time_t"));
    }
    let secs = secs as i64;
    // tm_year is a C int counting from 1900 (glibc reports EOVERFLOW).
    let year = civil_from_days(secs.div_euclid(86_400)).0;
    if year - 1900 > i32::MAX as i64 || year - 1900 < i32::MIN as i64 {
        return Err(vm.new_os_error(
            &vm.t.os_error,
            75,
            "Value too large for defined data type",
            None,
        ));
    }
    Ok(secs)
}

/// CPython's `checktm`: the fields a time tuple may hold (a zero month,
/// day of month or day of year stands for the first one).
fn check_tm(vm: &'static Vm, t: &mut [i64; 9]) -> R<()> {
    let bad = |what: &str| Err(vm.value_error(format!("{what} out of range")));
    if t[1] == 0 {
        t[1] = 1;
    } else if !(1..=12).contains(&t[1]) {
        return bad("month");
    }
    if t[2] == 0 {
        t[2] = 1;
    } else if !(1..=31).contains(&t[2]) {
        return bad("day of month");
    }
    if !(0..=23).contains(&t[3]) {
        return bad("hour");
    }
    if !(0..=59).contains(&t[4]) {
        return bad("minute");
    }
    if !(0..=61).contains(&t[5]) {
        return bad("seconds");
    }
    // C's weekday is (wday + 1) % 7, negative only below -1.
    if t[6] < -1 {
        return bad("day of week");
    }
    if t[7] == 0 {
        t[7] = 1;
    } else if !(1..=366).contains(&t[7]) {
        return bad("day of year");
    }
    Ok(())
}

/// The nine ints of a struct_time or 9-tuple argument.
fn time_tuple(vm: &'static Vm, v: &Value, fname: &str) -> R<[i64; 9]> {
    // A tuple or a tuple subclass (struct_time), as CPython's gettmarg.
    let is_tuple = match v {
        Value::Tuple(_) => true,
        Value::Instance(i) => matches!(i.native, Some(Value::Tuple(_))),
        _ => false,
    };
    if !is_tuple {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    }
    let items = vm.to_vec(v)?;
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (o, x) in out.iter_mut().zip(&items) {
        *o = super::int_arg(vm, x)?;
    }
    Ok(out)
}

fn now_or(vm: &'static Vm, a: &[Value], idx: usize, fname: &str) -> R<[i64; 9]> {
    match a.get(idx) {
        None => Ok(fields_of(vm.clock.wall().floor() as i64)),
        Some(v) => time_tuple(vm, v, fname),
    }
}

fn mktime(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "mktime", a, 1, 1)?;
    let t = time_tuple(vm, &a[0], "mktime")?;
    let days = days_from_civil(t[0], t[1], t[2]);
    // tm_isdst > 0 asks for summer time, an hour ahead: UTC has none, and
    // the C library takes the hour off.
    let dst = if t[8] > 0 { 3600 } else { 0 };
    Ok(Value::Float(
        (days * 86_400 + t[3] * 3600 + t[4] * 60 + t[5] - dst) as f64,
    ))
}

fn asctime_of(t: &[i64; 9]) -> String {
    let day = &DAYS[t[6].rem_euclid(7) as usize][..3];
    let month = &MONTHS[(t[1] - 1).clamp(0, 11) as usize][..3];
    format!(
        "{day} {month} {:2} {:02}:{:02}:{:02} {}",
        t[2], t[3], t[4], t[5], t[0]
    )
}

fn asctime(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "asctime", a, 0, 1)?;
    let mut t = now_or(vm, a, 0, "asctime")?;
    check_tm(vm, &mut t)?;
    Ok(Value::str(asctime_of(&t)))
}

fn ctime(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "ctime", a, 0, 1)?;
    let secs = match a.first() {
        None | Some(Value::None) => vm.clock.wall(),
        Some(v) => seconds_arg(vm, v)?,
    };
    Ok(Value::str(asctime_of(&fields_of(time_t(vm, secs)?))))
}

fn strftime(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "strftime", a, 1, 2)?;
    let Value::Str(fmt) = &a[0] else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let mut t = now_or(vm, a, 1, "strftime")?;
    check_tm(vm, &mut t)?;
    let zone = match a.get(1) {
        Some(Value::Instance(i)) => i
            .dict
            .borrow()
            .get(&Name::new("tm_zone"))
            .and_then(|z| z.as_str().map(str::to_string)),
        Some(_) => None,
        None if vm.clock.is_virtual() => Some("GMT".to_string()),
        None => None,
    };
    let zone = zone.unwrap_or_else(|| "UTC".to_string());
    Ok(Value::str(format_time(&fmt.text, &t, &zone)))
}

/// C's strftime in the C locale, for UTC.
pub fn format_time(fmt: &str, t: &[i64; 9], zone: &str) -> String {
    let (year, mon, mday, hour, min, sec, wday, yday) =
        (t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    let day = DAYS[wday.rem_euclid(7) as usize];
    let month = MONTHS[(mon - 1).clamp(0, 11) as usize];
    let hour12 = if hour % 12 == 0 { 12 } else { hour % 12 };
    // Week numbers: weeks starting Sunday (%U) or Monday (%W).
    let sunday_week = (yday + 6 - (wday + 1).rem_euclid(7)) / 7;
    let monday_week = (yday + 6 - wday) / 7;
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(code) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match code {
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => month[..3].to_string(),
            'B' => month.to_string(),
            'c' => asctime_of(t),
            'd' => format!("{mday:02}"),
            'e' => format!("{mday:2}"),
            'H' => format!("{hour:02}"),
            'I' => format!("{hour12:02}"),
            'j' => format!("{yday:03}"),
            'm' => format!("{mon:02}"),
            'M' => format!("{min:02}"),
            'p' => (if hour < 12 { "AM" } else { "PM" }).to_string(),
            'S' => format!("{sec:02}"),
            'U' => format!("{sunday_week:02}"),
            'W' => format!("{monday_week:02}"),
            'w' => format!("{}", (wday + 1).rem_euclid(7)),
            'u' => format!("{}", wday + 1),
            'x' => format!("{mon:02}/{mday:02}/{:02}", year.rem_euclid(100)),
            'X' | 'T' => format!("{hour:02}:{min:02}:{sec:02}"),
            'D' => format!("{mon:02}/{mday:02}/{:02}", year.rem_euclid(100)),
            'F' => format!("{year}-{mon:02}-{mday:02}"),
            'R' => format!("{hour:02}:{min:02}"),
            'y' => format!("{:02}", year.rem_euclid(100)),
            'Y' => format!("{year}"),
            'C' => format!("{:02}", year.div_euclid(100)),
            'Z' => zone.to_string(),
            'z' => "+0000".to_string(),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            's' => (days_from_civil(year, mon, mday) * 86_400 + hour * 3600 + min * 60 + sec)
                .to_string(),
            'G' => format!("{year}"),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}
