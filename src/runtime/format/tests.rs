//! Tables of (input, spec, expected) checked against CPython 3.11: every
//! expected string was printed by `python3` (3.11.7); `!Kind: message`
//! marks an expected exception.

use num_bigint::BigInt;

use super::*;

/// A `%` argument before conversion (what the interpreter would hold).
#[derive(Clone, Copy, Debug)]
enum A {
    I(i128),
    F(f64),
    S(&'static str),
}

/// An error shown as `!Kind: message`.
#[derive(Debug)]
struct TErr(String);

impl From<FmtError> for TErr {
    fn from(e: FmtError) -> Self {
        TErr(show_err(&e))
    }
}

fn show_err(e: &FmtError) -> String {
    match e {
        FmtError::Value(m) => format!("!ValueError: {m}"),
        FmtError::Type(m) => format!("!TypeError: {m}"),
        FmtError::Overflow(m) => format!("!OverflowError: {m}"),
    }
}

fn show(r: Result<String, FmtError>) -> String {
    r.unwrap_or_else(|e| show_err(&e))
}

fn type_error(m: &str) -> TErr {
    TErr(format!("!TypeError: {m}"))
}

fn py_str(v: A) -> String {
    match v {
        A::I(i) => i.to_string(),
        A::F(x) => float_repr(x),
        A::S(s) => s.to_string(),
    }
}

fn py_repr(v: A) -> String {
    match v {
        A::S(s) => str_repr(s),
        other => py_str(other),
    }
}

/// What the interpreter's `percent_arg` does: convert for the conversion.
fn convert(v: A, conv: char) -> Result<PercentArg, TErr> {
    Ok(match (conv, v) {
        ('s', v) => PercentArg::Str(py_str(v)),
        ('r', v) => PercentArg::Str(py_repr(v)),
        ('a', v) => PercentArg::Str(ascii_escape(&py_repr(v))),
        ('c', A::S(s)) if s.chars().count() == 1 => PercentArg::Str(s.to_string()),
        ('c', A::I(i)) => PercentArg::Str(char::from_u32(i as u32).unwrap().to_string()),
        ('c', _) => return Err(type_error("%c requires int or char")),
        ('d' | 'i' | 'u' | '*' | 'o' | 'x' | 'X', A::I(i)) => PercentArg::Int(BigInt::from(i)),
        ('d' | 'i' | 'u', A::F(x)) => PercentArg::Int(BigInt::from(x.trunc() as i128)),
        ('*', _) => return Err(type_error("* wants int")),
        ('d' | 'i' | 'u' | 'o' | 'x' | 'X', _) => return Err(type_error("an integer is required")),
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::I(i)) => PercentArg::Float(i as f64),
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::F(x)) => PercentArg::Float(x),
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::S(_)) => {
            return Err(type_error("must be real number, not str"))
        }
        // Unsupported conversion: fetched, not converted.
        _ => PercentArg::Str(String::new()),
    })
}

/// `fmt % tuple(args)`.
fn run_percent(fmt: &str, args: &[A]) -> String {
    let mut next = 0;
    let r = percent_format(fmt, |key, conv| -> Result<PercentArg, TErr> {
        if key.is_some() {
            return Err(type_error("format requires a mapping"));
        }
        let v = *args
            .get(next)
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        next += 1;
        convert(v, conv)
    });
    match r {
        Ok(_) if next < args.len() => {
            "!TypeError: not all arguments converted during string formatting".into()
        }
        Ok(s) => s,
        Err(e) => e.0,
    }
}

/// `fmt % dict(map)`.
fn run_percent_map(fmt: &str, map: &[(&str, A)]) -> String {
    let r = percent_format(fmt, |key, conv| -> Result<PercentArg, TErr> {
        let key = key.expect("tests only use keyed conversions with a mapping");
        let Some((_, v)) = map.iter().find(|(k, _)| *k == key) else {
            return Err(TErr(format!("!KeyError: {}", str_repr(key))));
        };
        convert(*v, conv)
    });
    r.unwrap_or_else(|e| e.0)
}

fn float_text(x: f64) -> String {
    float_repr(x)
}

#[test]
fn float_repr_table() {
    for &(x, want) in FLOAT_REPR {
        assert_eq!(float_repr(x), want, "repr({x:?})");
    }
}

#[test]
fn float_format_table() {
    for &(x, spec, want) in FLOAT_FORMAT {
        assert_eq!(show(format_float(x, spec)), want, "format({x:?}, {spec:?})");
    }
}

#[test]
fn int_format_table() {
    for &(v, spec, want) in INT_FORMAT {
        let v: BigInt = v.parse().unwrap();
        assert_eq!(show(format_int(&v, spec)), want, "format({v}, {spec:?})");
    }
}

#[test]
fn str_format_table() {
    for &(s, spec, want) in STR_FORMAT {
        assert_eq!(show(format_str(s, spec)), want, "format({s:?}, {spec:?})");
    }
}

#[test]
fn repr_tables() {
    for &(s, want) in STR_REPR {
        assert_eq!(str_repr(s), want, "repr({s:?})");
    }
    for &(s, want) in STR_ASCII {
        assert_eq!(str_ascii(s), want, "ascii({s:?})");
    }
    for &(b, want) in BYTES_REPR {
        assert_eq!(bytes_repr(b), want, "repr({b:?})");
    }
}

#[test]
fn percent_table() {
    for &(fmt, args, want) in PERCENT {
        assert_eq!(run_percent(fmt, args), want, "{fmt:?} % {args:?}");
    }
    for &(fmt, map, want) in PERCENT_MAP {
        assert_eq!(run_percent_map(fmt, map), want, "{fmt:?} % {map:?}");
    }
}

#[test]
fn round_and_hex_tables() {
    for &(x, n, want) in ROUND {
        assert_eq!(
            show(round_float(x, n).map(float_text)),
            want,
            "round({x:?}, {n})"
        );
    }
    for &(x, want) in FLOAT_HEX {
        assert_eq!(float_to_hex(x), want, "{x:?}.hex()");
    }
    for &(s, want) in FROMHEX {
        assert_eq!(
            show(float_fromhex(s).map(float_text)),
            want,
            "float.fromhex({s:?})"
        );
    }
}

#[test]
fn helpers() {
    let v = BigInt::from(1);
    assert_eq!(
        show(format_int_as(&v, "s", "bool")),
        "!ValueError: Unknown format code 's' for object of type 'bool'"
    );
    assert_eq!(int_to_base(&BigInt::from(-5), 2), "-0b101");
    assert_eq!(int_to_base(&BigInt::from(15), 8), "0o17");
    assert_eq!(int_to_base(&BigInt::from(255), 16), "0xff");
    assert_eq!(int_to_base(&BigInt::from(-7), 10), "-7");
    assert_eq!(float_repr_short(2.0), "2");
    assert_eq!(float_repr_short(1e16), "1e+16");
    let sign = DtsFlags {
        sign: true,
        ..DtsFlags::default()
    };
    assert_eq!(double_to_string(2.0, 'r', 0, sign), "+2");
    assert_eq!(double_to_string(f64::NAN, 'r', 0, sign), "+nan");
    assert_eq!(double_to_string(-1.5, 'r', 0, sign), "-1.5");
    assert!(int_to_f64(&(BigInt::from(1) << 1024u32)).is_err());
    assert!(int_to_f64(&((BigInt::from(1) << 1024u32) - 1)).is_err());
    assert_eq!(
        int_to_f64(&((BigInt::from(1) << 1024u32) - (BigInt::from(1) << 970u32) - 1)).unwrap(),
        f64::MAX
    );
    assert_eq!(
        int_to_f64(&((BigInt::from(1) << 60u32) + 1)).unwrap(),
        2f64.powi(60)
    );
    assert!(is_printable('a') && is_printable('é') && is_printable('日') && is_printable(' '));
    assert!(!is_printable('\n') && !is_printable('\u{85}') && !is_printable('\u{200b}'));
    assert!(!is_printable('\u{3000}') && !is_printable('\u{e000}') && !is_printable('\u{378}'));
    assert_eq!(unicode_decimal('7'), Some(7));
    assert_eq!(unicode_decimal('\u{665}'), Some(5));
    assert_eq!(unicode_decimal('\u{1d7ce}'), Some(0));
    assert_eq!(unicode_decimal('x'), None);
    assert_eq!(unicode_decimal('\u{b2}'), None);
}

const FLOAT_REPR: &[(f64, &str)] = &[
    (0.0, "0.0"),
    (-0.0, "-0.0"),
    (1.0, "1.0"),
    (-1.0, "-1.0"),
    (100.0, "100.0"),
    (0.1, "0.1"),
    (0.5, "0.5"),
    (0.3333333333333333, "0.3333333333333333"),
    (0.6666666666666666, "0.6666666666666666"),
    (1e+16, "1e+16"),
    (1000000000000000.0, "1000000000000000.0"),
    (9999999999999998.0, "9999999999999998.0"),
    (123456789012345.6, "123456789012345.6"),
    (1234567890123456.8, "1234567890123456.8"),
    (0.0001, "0.0001"),
    (1e-05, "1e-05"),
    (1e-05, "1e-05"),
    (1.5e-05, "1.5e-05"),
    (-1e-300, "-1e-300"),
    (5e-324, "5e-324"),
    (1.7976931348623157e+308, "1.7976931348623157e+308"),
    (2.2250738585072014e-308, "2.2250738585072014e-308"),
    (f64::INFINITY, "inf"),
    (f64::NEG_INFINITY, "-inf"),
    (f64::NAN, "nan"),
    (1e+22, "1e+22"),
    (1e+23, "1e+23"),
    (0.3, "0.3"),
    (2.675, "2.675"),
    (1e+100, "1e+100"),
    (123.456, "123.456"),
    (-2.5e-07, "-2.5e-07"),
    (1.2345678901234567e+19, "1.2345678901234567e+19"),
    (888412377330571.2, "888412377330571.2"),
    (146144200541782.12, "146144200541782.12"),
    (4.35, "4.35"),
    (0.30000000000000004, "0.30000000000000004"),
];

const FLOAT_FORMAT: &[(f64, &str, &str)] = &[
    (2.675, ".2f", "2.67"),
    (0.5, ".0f", "0"),
    (1.5, ".0f", "2"),
    (2.5, ".0f", "2"),
    (0.125, ".2f", "0.12"),
    (0.375, ".2f", "0.38"),
    (1.005, ".2f", "1.00"),
    (0.3333333333333333, ".30f", "0.333333333333333314829616256247"),
    (1e+300, "f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
    (5e-324, ".330f", "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656"),
    (5e-324, "e", "4.940656e-324"),
    (1e+300, ".3e", "1.000e+300"),
    (123.456, "e", "1.234560e+02"),
    (123.456, "E", "1.234560E+02"),
    (123.456, ".0e", "1e+02"),
    (123.456, "#.0e", "1.e+02"),
    (0.0, "e", "0.000000e+00"),
    (1.0, "g", "1"),
    (1e-05, "g", "1e-05"),
    (0.0001, "g", "0.0001"),
    (123456.0, "g", "123456"),
    (1234567.0, "g", "1.23457e+06"),
    (1234567.0, "G", "1.23457E+06"),
    (1e-10, "G", "1E-10"),
    (100.0, ".0g", "1e+02"),
    (100.0, ".1g", "1e+02"),
    (0.0001234, ".2g", "0.00012"),
    (1.0, "#g", "1.00000"),
    (1.0, "#.3g", "1.00"),
    (1.0, "#", "1.0"),
    (1e+20, "#", "1.e+20"),
    (1.0, ".3", "1.0"),
    (123.0, ".3", "1.23e+02"),
    (1e+20, ".3", "1e+20"),
    (100.0, "#.3", "1.00e+02"),
    (1e+16, ".17", "1e+16"),
    (1.2345678901234568e+16, ".17", "1.2345678901234568e+16"),
    (0.5, "%", "50.000000%"),
    (0.3333333333333333, ".1%", "33.3%"),
    (-0.5, "+.0%", "-50%"),
    (1234567.891, ",", "1,234,567.891"),
    (1234567.891, ",.2f", "1,234,567.89"),
    (1234567.891, "_.3f", "1_234_567.891"),
    (1234567.891, "020,.2f", "0,000,001,234,567.89"),
    (-1234.5, "015,.1f", "-0,000,001,234.5"),
    (1234.5, "=+15,.1f", "+       1,234.5"),
    (1e+20, "015,", "000,000,001e+20"),
    (1234.5, "*^15.2f", "****1234.50****"),
    (1234.5, "<12", "1234.5      "),
    (1234.5, ">12", "      1234.5"),
    (-1234.5, "012", "-000001234.5"),
    (-1234.5, " 012", "-000001234.5"),
    (1234.5, " ", " 1234.5"),
    (1234.5, "+", "+1234.5"),
    (-0.0, "z", "0.0"),
    (-0.0, "z.1f", "0.0"),
    (-0.001, "z.1f", "0.0"),
    (-0.001, ".1f", "-0.0"),
    (-0.0, "f", "-0.000000"),
    (f64::INFINITY, "", "inf"),
    (f64::INFINITY, "f", "inf"),
    (f64::INFINITY, "F", "INF"),
    (f64::NEG_INFINITY, "+E", "-INF"),
    (f64::NAN, "+", "+nan"),
    (-f64::NAN, "", "nan"),
    (f64::NAN, "G", "NAN"),
    (f64::INFINITY, "010", "0000000inf"),
    (f64::INFINITY, "010,", "0000000inf"),
    (f64::INFINITY, "%", "inf%"),
    (f64::NAN, "^7", "  nan  "),
    (1234.5, "n", "1234.5"),
    (1234567.0, "n", "1.23457e+06"),
    (0.1, ".20n", "0.10000000000000000555"),
    (1.5, "x<8", "1.5xxxxx"),
    (1.5, "\u{e9}^9.3f", "\u{e9}\u{e9}1.500\u{e9}\u{e9}"),
    (1.5, "0<8", "1.500000"),
    (1.5, "<08", "1.500000"),
    (1.5, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
    (1.5, "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
    (1.5, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
    (1.5, "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'float'"),
    (1.5, ",n", "!ValueError: Cannot specify ',' with 'n'."),
    (1.5, "_c", "!ValueError: Cannot specify '_' with 'c'."),
    (1.5, ".", "!ValueError: Format specifier missing precision"),
    (1.5, ".3000000000f", "!ValueError: precision too big"),
    (1.5, ".99999999999999999999", "!ValueError: Too many decimal digits in format string"),
    (1.5, ",_", "!ValueError: Cannot specify both ',' and '_'."),
    (1e+16, "", "1e+16"),
    (1e-05, ".2", "1e-05"),
    (3.0, ".0", "3e+00"),
    (99.99, ".1", "1e+02"),
    (99.99, ".3g", "100"),
    (9.995, ".2f", "9.99"),
    (0.045, ".2f", "0.04"),
    (1e-07, ".3f", "0.000"),
    (-1e-07, ".3f", "-0.000"),
    (123.456, "10.1e", "   1.2e+02"),
    (1e-300, ".3e", "1.000e-300"),
    (1e+300, "g", "1e+300"),
    (2.5e-05, "#.0g", "3.e-05"),
    (15.0, "#.0g", "2.e+01"),
    (15.0, ".0g", "2e+01"),
    (1.25, ".1f", "1.2"),
    (1.35, ".1f", "1.4"),
    (1e+100, ",.0f", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104"),
];

const INT_FORMAT: &[(&str, &str, &str)] = &[
    ("0", "d", "0"),
    ("42", "", "42"),
    ("42", "5", "   42"),
    ("42", "<5", "42   "),
    ("42", "^6", "  42  "),
    ("42", "*>6", "****42"),
    ("42", "05", "00042"),
    ("-42", "05", "-0042"),
    ("-42", "=+8", "-     42"),
    ("42", "+", "+42"),
    ("42", " ", " 42"),
    ("-42", " ", "-42"),
    ("255", "x", "ff"),
    ("255", "X", "FF"),
    ("255", "#x", "0xff"),
    ("255", "#X", "0XFF"),
    ("-255", "#x", "-0xff"),
    ("255", "#010x", "0x000000ff"),
    ("255", "b", "11111111"),
    ("255", "#b", "0b11111111"),
    ("255", "o", "377"),
    ("255", "#o", "0o377"),
    ("1234567", ",", "1,234,567"),
    ("1234567", "_", "1_234_567"),
    ("-1234567", "015,", "-00,001,234,567"),
    ("1234", "010,", "00,001,234"),
    ("1234", "0=10,", "00,001,234"),
    ("18446744073709551616", "_x", "1_0000_0000_0000_0000"),
    ("18446744073709551616", "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
    ("255", "#_b", "0b1111_1111"),
    ("255", "_o", "377"),
    ("1000000000000000000000000000000", ",", "1,000,000,000,000,000,000,000,000,000,000"),
    ("65", "c", "A"),
    ("128512", "c", "\u{1f600}"),
    ("65", "5c", "    A"),
    ("65", "05c", "0000A"),
    ("65", "<5c", "A    "),
    ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
    ("1114112", "c", "!OverflowError: %c arg not in range(0x110000)"),
    ("1180591620717411303424", "c", "!OverflowError: Python int too large to convert to C long"),
    ("65", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
    ("65", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
    ("1234", "n", "1234"),
    ("1234", "e", "1.234000e+03"),
    ("1234", ".2f", "1234.00"),
    ("1234", "%", "123400.000000%"),
    ("1234", ",", "1,234"),
    ("1234", "g", "1234"),
    ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "!OverflowError: int too large to convert to float"),
    ("1", ".2", "!ValueError: Precision not allowed in integer format specifier"),
    ("1", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
    ("1", ".2s", "!ValueError: Unknown format code 's' for object of type 'int'"),
    ("1", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
    ("1", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
    ("1", "<<<", "!ValueError: Unknown format code '<' for object of type 'int'"),
    ("1", ",b", "!ValueError: Cannot specify ',' with 'b'."),
    ("1", "_n", "!ValueError: Cannot specify '_' with 'n'."),
    ("1", ",c", "!ValueError: Cannot specify ',' with 'c'."),
    ("1", ".", "!ValueError: Format specifier missing precision"),
    ("1", "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
    ("1", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
    ("1", "\u{e9}", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"),
    ("1", "\u{665}", "    1"),
    ("1", ",_", "!ValueError: Cannot specify both ',' and '_'."),
    ("1", "_,", "!ValueError: Cannot specify both ',' and '_'."),
    ("0", "+d", "+0"),
    ("12345", "^+11,", "  +12,345  "),
    ("7", "#o", "0o7"),
    ("-7", "#08b", "-0b00111"),
    ("255", "x^#12X", "xxxx0XFFxxxx"),
    ("3", "=5", "    3"),
    ("100000000000000000000", "", "100000000000000000000"),
];

const STR_FORMAT: &[(&str, &str, &str)] = &[
    ("abc", "", "abc"),
    ("abc", "5", "abc  "),
    ("abc", ">5", "  abc"),
    ("abc", "^6", " abc  "),
    ("abc", "*^7", "**abc**"),
    ("abc", ".2", "ab"),
    ("abcdef", "8.3", "abc     "),
    ("abc", "05", "abc00"),
    ("abc", "s", "abc"),
    ("caf\u{e9}", "^8", "  caf\u{e9}  "),
    ("\u{65e5}\u{672c}", ">4", "  \u{65e5}\u{672c}"),
    ("abc", ".0", ""),
    ("abc", "1", "abc"),
    (
        "abc",
        "+",
        "!ValueError: Sign not allowed in string format specifier",
    ),
    (
        "abc",
        " ",
        "!ValueError: Space not allowed in string format specifier",
    ),
    (
        "abc",
        "#",
        "!ValueError: Alternate form (#) not allowed in string format specifier",
    ),
    (
        "abc",
        "=",
        "!ValueError: '=' alignment not allowed in string format specifier",
    ),
    ("abc", ",", "!ValueError: Cannot specify ',' with 's'."),
    (
        "abc",
        "z",
        "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
    ),
    (
        "abc",
        "d",
        "!ValueError: Unknown format code 'd' for object of type 'str'",
    ),
    ("abc", "x<5", "abcxx"),
    (
        "abc",
        "abc",
        "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
    ),
    ("", "3", "   "),
    ("abc", "=^5", "=abc="),
];

const STR_REPR: &[(&str, &str)] = &[
    ("", "''"),
    ("abc", "'abc'"),
    ("it's", "\"it's\""),
    ("say \"hi\"", "'say \"hi\"'"),
    ("both ' and \"", "'both \\' and \"'"),
    ("a\nb\tc\rd", "'a\\nb\\tc\\rd'"),
    ("back\\slash", "'back\\\\slash'"),
    ("\u{0}\u{1}\u{1f}", "'\\x00\\x01\\x1f'"),
    ("\u{7f}\u{80}\u{9f}\u{a0}", "'\\x7f\\x80\\x9f\\xa0'"),
    ("caf\u{e9}", "'caf\u{e9}'"),
    ("\u{2713}", "'\u{2713}'"),
    ("\u{65e5}\u{672c}", "'\u{65e5}\u{672c}'"),
    ("\u{200b}", "'\\u200b'"),
    ("\u{2028}", "'\\u2028'"),
    ("\u{feff}", "'\\ufeff'"),
    ("\u{1f600}", "'\u{1f600}'"),
    ("\u{e0001}", "'\\U000e0001'"),
    ("\u{e000}", "'\\ue000'"),
    ("\u{378}", "'\\u0378'"),
    ("\u{ad}", "'\\xad'"),
    ("\u{3000}", "'\\u3000'"),
    (" ", "' '"),
    ("\u{85}", "'\\x85'"),
    ("\u{10ffff}", "'\\U0010ffff'"),
];

const STR_ASCII: &[(&str, &str)] = &[
    ("", "''"),
    ("say \"hi\"", "'say \"hi\"'"),
    ("back\\slash", "'back\\\\slash'"),
    ("caf\u{e9}", "'caf\\xe9'"),
    ("\u{200b}", "'\\u200b'"),
    ("\u{1f600}", "'\\U0001f600'"),
    ("\u{378}", "'\\u0378'"),
    (" ", "' '"),
];

const BYTES_REPR: &[(&[u8], &str)] = &[
    (&[], "b''"),
    (&[97, 98, 99], "b'abc'"),
    (&[105, 116, 39, 115], "b\"it's\""),
    (&[34], "b'\"'"),
    (&[39, 34], "b'\\'\"'"),
    (&[0, 255, 127, 128], "b'\\x00\\xff\\x7f\\x80'"),
    (&[9, 10, 13, 92], "b'\\t\\n\\r\\\\'"),
    (&[32, 126], "b' ~'"),
    (&[31], "b'\\x1f'"),
];

const PERCENT: &[(&str, &[A], &str)] = &[
    ("%s", &[A::S("abc")], "abc"),
    ("%r", &[A::S("abc")], "'abc'"),
    ("%a", &[A::S("\u{e9}")], "'\\xe9'"),
    ("%5s|", &[A::S("ab")], "   ab|"),
    ("%-5s|", &[A::S("ab")], "ab   |"),
    ("%05s", &[A::S("ab")], "   ab"),
    ("%.3s", &[A::S("abcdef")], "abc"),
    ("%-6.2s|", &[A::S("abc")], "ab    |"),
    ("%5.1r", &[A::S("a")], "    '"),
    ("%c", &[A::S("x")], "x"),
    ("%5c", &[A::S("a")], "    a"),
    ("%-5c|", &[A::S("a")], "a    |"),
    ("%.2c", &[A::S("a")], "a"),
    ("%d", &[A::I(42)], "42"),
    ("%i", &[A::I(-42)], "-42"),
    ("%u", &[A::I(7)], "7"),
    ("%5d", &[A::I(42)], "   42"),
    ("%-5d|", &[A::I(42)], "42   |"),
    ("%05d", &[A::I(-42)], "-0042"),
    ("%-05d|", &[A::I(5)], "5    |"),
    ("%+d", &[A::I(5)], "+5"),
    ("% d", &[A::I(5)], " 5"),
    ("% +d", &[A::I(5)], "+5"),
    ("%+.3d", &[A::I(5)], "+005"),
    ("%.3d", &[A::I(-5)], "-005"),
    ("%x", &[A::I(255)], "ff"),
    ("%X", &[A::I(255)], "FF"),
    ("%#x", &[A::I(255)], "0xff"),
    ("%#X", &[A::I(255)], "0XFF"),
    ("%x", &[A::I(-255)], "-ff"),
    ("%#o", &[A::I(8)], "0o10"),
    ("%o", &[A::I(8)], "10"),
    ("%#010o", &[A::I(8)], "0o00000010"),
    ("%#010x", &[A::I(-255)], "-0x00000ff"),
    ("%#10x", &[A::I(-255)], "     -0xff"),
    ("%#.3x", &[A::I(5)], "0x005"),
    ("%#-8x|", &[A::I(255)], "0xff    |"),
    ("%d", &[A::F(3.99)], "3"),
    ("%d", &[A::F(-3.99)], "-3"),
    ("%f", &[A::F(1.5)], "1.500000"),
    ("%.2f", &[A::F(1.005)], "1.00"),
    ("%.2f", &[A::F(2.675)], "2.67"),
    ("%.0f", &[A::F(0.5)], "0"),
    ("%e", &[A::F(0.0)], "0.000000e+00"),
    ("%10.3e", &[A::F(-1234.5)], "-1.234e+03"),
    ("%E", &[A::F(1e+100)], "1.000000E+100"),
    ("%g", &[A::F(1e-05)], "1e-05"),
    ("%g", &[A::F(123456789.0)], "1.23457e+08"),
    ("%#g", &[A::F(1.0)], "1.00000"),
    ("%G", &[A::F(1e-10)], "1E-10"),
    ("%#.0f", &[A::F(1.0)], "1."),
    ("%010.2f", &[A::F(-1.5)], "-000001.50"),
    ("%+f", &[A::F(f64::NAN)], "+nan"),
    ("%05f", &[A::F(f64::INFINITY)], "00inf"),
    ("%-8f|", &[A::F(f64::NEG_INFINITY)], "-inf    |"),
    ("% 5.1f", &[A::F(2.25)], "  2.2"),
    ("%f", &[A::I(3)], "3.000000"),
    ("%*d", &[A::I(5), A::I(3)], "    3"),
    ("%*d", &[A::I(-5), A::I(3)], "3    "),
    ("%.*f", &[A::I(2), A::F(3.14158)], "3.14"),
    ("%.*f", &[A::I(-3), A::F(1.5)], "2"),
    ("%*.*f", &[A::I(8), A::I(2), A::F(3.14158)], "    3.14"),
    ("%hd %ld %Ld", &[A::I(1), A::I(2), A::I(3)], "1 2 3"),
    ("%s%%", &[A::I(1)], "1%"),
    ("100%%", &[], "100%"),
    ("%%%s%%", &[A::S("x")], "%x%"),
    ("%s and %s", &[A::S("a"), A::S("b")], "a and b"),
    (
        "%5%",
        &[A::I(1)],
        "!ValueError: unsupported format character '%' (0x25) at index 2",
    ),
    (
        "%q",
        &[A::I(1)],
        "!ValueError: unsupported format character 'q' (0x71) at index 1",
    ),
    (
        "\u{e9}%q",
        &[A::I(1)],
        "!ValueError: unsupported format character 'q' (0x71) at index 2",
    ),
    (
        "%\u{1}",
        &[A::I(1)],
        "!ValueError: unsupported format character '?' (0x1) at index 1",
    ),
    (
        "%.(a)s",
        &[A::I(1)],
        "!ValueError: unsupported format character '(' (0x28) at index 2",
    ),
    ("%", &[], "!ValueError: incomplete format"),
    ("abc%", &[], "!ValueError: incomplete format"),
    ("%h", &[A::I(1)], "!ValueError: incomplete format"),
    ("%.", &[A::I(1)], "!ValueError: incomplete format"),
    ("%5", &[A::I(1)], "!ValueError: incomplete format"),
    ("%*", &[A::I(5)], "!ValueError: incomplete format"),
    (
        "%hh",
        &[A::I(1)],
        "!ValueError: unsupported format character 'h' (0x68) at index 2",
    ),
    (
        "%999999999999999999999d",
        &[A::I(1)],
        "!ValueError: width too big",
    ),
    (
        "%.99999999999d",
        &[A::I(1)],
        "!ValueError: precision too big",
    ),
    (
        "%s %s",
        &[A::I(1)],
        "!TypeError: not enough arguments for format string",
    ),
    (
        "%s",
        &[A::I(1), A::I(2)],
        "!TypeError: not all arguments converted during string formatting",
    ),
    (
        "%q",
        &[],
        "!TypeError: not enough arguments for format string",
    ),
    ("%s", &[A::F(3.0)], "3.0"),
    ("%r", &[A::F(0.1)], "0.1"),
    ("%x", &[A::I(1180591620717411303424)], "400000000000000000"),
    (
        "%d",
        &[A::I(-10000000000000000000000000)],
        "-10000000000000000000000000",
    ),
    ("%(a)s", &[A::I(1)], "!TypeError: format requires a mapping"),
    ("%s %d", &[A::S("\u{e9}"), A::I(12)], "\u{e9} 12"),
    (
        "%.2s",
        &[A::S("\u{65e5}\u{672c}\u{8a9e}")],
        "\u{65e5}\u{672c}",
    ),
    ("%s", &[A::S("\u{1f600}")], "\u{1f600}"),
    ("%e", &[A::I(100000000000000000000)], "1.000000e+20"),
];

/// (format, mapping, expected).
type MapCase = (&'static str, &'static [(&'static str, A)], &'static str);

const PERCENT_MAP: &[MapCase] = &[
    ("%(a)s %(b)s", &[("a", A::I(1)), ("b", A::S("x"))], "1 x"),
    ("%(a)5d|%(a)-5d|", &[("a", A::I(42))], "   42|42   |"),
    (
        "%(a)*d",
        &[("a", A::I(5))],
        "!TypeError: not enough arguments for format string",
    ),
    (
        "%(a)s %s",
        &[("a", A::I(1))],
        "!TypeError: not enough arguments for format string",
    ),
    (
        "%(x)%",
        &[("x", A::I(1))],
        "!ValueError: unsupported format character '%' (0x25) at index 4",
    ),
    (
        "%(a",
        &[("a", A::I(1))],
        "!ValueError: incomplete format key",
    ),
    ("%(a(b))s", &[("a(b)", A::S("n"))], "n"),
    ("%()s", &[("", A::S("e"))], "e"),
    ("%(a)s", &[], "!KeyError: 'a'"),
    ("%(a)#x", &[("a", A::I(255))], "0xff"),
    ("%(a).1f%%", &[("a", A::F(99.95))], "100.0%"),
];

const ROUND: &[(f64, i64, &str)] = &[
    (2.675, 2, "2.67"),
    (0.5, 0, "0.0"),
    (1.5, 0, "2.0"),
    (2.5, 0, "2.0"),
    (-2.5, 0, "-2.0"),
    (1234.5678, -2, "1200.0"),
    (15.0, -1, "20.0"),
    (25.0, -1, "20.0"),
    (5.0, -1, "0.0"),
    (-5.0, -1, "-0.0"),
    (
        1.7976931348623157e+308,
        -308,
        "!OverflowError: rounded value too large to represent",
    ),
    (1.7976931348623157e+308, -300, "1.79769313e+308"),
    (1e-300, 320, "1e-300"),
    (0.1, 400, "0.1"),
    (123.456, -400, "0.0"),
    (-123.456, -400, "-0.0"),
    (0.125, 2, "0.12"),
    (0.375, 2, "0.38"),
    (1.005, 2, "1.0"),
    (f64::INFINITY, 2, "inf"),
    (-0.0, 1, "-0.0"),
];

const FLOAT_HEX: &[(f64, &str)] = &[
    (1.0, "0x1.0000000000000p+0"),
    (-1.0, "-0x1.0000000000000p+0"),
    (0.0, "0x0.0p+0"),
    (-0.0, "-0x0.0p+0"),
    (0.1, "0x1.999999999999ap-4"),
    (5e-324, "0x0.0000000000001p-1022"),
    (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
    (1.7976931348623157e+308, "0x1.fffffffffffffp+1023"),
    (f64::INFINITY, "inf"),
    (f64::NAN, "nan"),
    (3.5, "0x1.c000000000000p+1"),
    (1e-10, "0x1.b7cdfd9d7bdbbp-34"),
];

const FROMHEX: &[(&str, &str)] = &[
    ("0x1.8p1", "3.0"),
    ("-0x1p-1074", "-5e-324"),
    ("0x1p-1075", "0.0"),
    ("0x1.8p-1074", "1e-323"),
    ("0X1P+3", "8.0"),
    ("1", "1.0"),
    ("  0x.8  ", "0.5"),
    (
        "0x1.fffffffffffff8p1023",
        "!OverflowError: hexadecimal value too large to represent as a float",
    ),
    ("0x1.fffffffffffff7p1023", "1.7976931348623157e+308"),
    (
        "0x1p1024",
        "!OverflowError: hexadecimal value too large to represent as a float",
    ),
    ("inf", "inf"),
    ("-Infinity", "-inf"),
    ("nan", "nan"),
    (
        "0x",
        "!ValueError: invalid hexadecimal floating-point string",
    ),
    (
        "0xp1",
        "!ValueError: invalid hexadecimal floating-point string",
    ),
    (
        "0x1p",
        "!ValueError: invalid hexadecimal floating-point string",
    ),
    ("abc", "2748.0"),
    ("0x1.0000000000000800001p0", "1.0000000000000002"),
    ("0x1.00000000000008p0", "1.0"),
    ("0x1.00000000000018p0", "1.0000000000000004"),
    ("0x0p99999999999999999999", "0.0"),
    ("0x1p-99999999999999999999", "0.0"),
    ("-0x0p0", "-0.0"),
    (
        "0x1 x",
        "!ValueError: invalid hexadecimal floating-point string",
    ),
    ("1e5", "485.0"),
    (
        "0x1_0",
        "!ValueError: invalid hexadecimal floating-point string",
    ),
];
