//! The indentation pass and literal forms, token by token.

use super::tokenize;
use crate::syntax::literal::StrLit;
use crate::syntax::token::Token;

/// Tokens as short strings: layout as NL/IN/DE, values in brackets.
fn kinds(source: &str) -> Vec<String> {
    let lexed = tokenize(source);
    assert!(lexed.errors.is_empty(), "{source:?}: {:?}", lexed.errors);
    lexed.tokens.iter().map(|(t, _)| show(t)).collect()
}

fn show(token: &Token) -> String {
    match token {
        Token::Newline => "NL".into(),
        Token::Indent => "IN".into(),
        Token::Dedent => "DE".into(),
        Token::Ident(n) => n.to_string(),
        Token::Int(v) => format!("int({v})"),
        Token::BigInt(b) => format!("big({},{})", b.radix, b.digits),
        Token::Float(v) => format!("float({v})"),
        Token::Imag(v) => format!("imag({v})"),
        Token::Str(lit) => match &**lit {
            StrLit::Text(s) => format!("str({s:?})"),
            StrLit::Bytes(b) => format!("bytes({:?})", String::from_utf8_lossy(b)),
        },
        Token::FStrStart => "F<".into(),
        Token::FStrEnd => ">F".into(),
        Token::FStrText(t) => format!("text({t:?})"),
        Token::FieldOpen => "{".into(),
        Token::FieldClose => "}".into(),
        Token::FieldDebug(t) => format!("debug({t:?})"),
        Token::FieldConv(c) => format!("!{c}"),
        Token::FieldSpec => "spec".into(),
        other => other.text().unwrap_or("?").to_string(),
    }
}

fn errors(source: &str) -> Vec<String> {
    tokenize(source)
        .errors
        .into_iter()
        .map(|e| e.message)
        .collect()
}

#[test]
fn blocks_indent_and_dedent() {
    assert_eq!(
        kinds("if a:\n    b\n    if c:\n        d\ne\n"),
        [
            "if", "a", ":", "NL", "IN", "b", "NL", "if", "c", ":", "NL", "IN", "d", "NL", "DE",
            "DE", "e", "NL"
        ]
    );
}

#[test]
fn blank_and_comment_lines_are_ignored() {
    assert_eq!(
        kinds("if a:\n\n    # note\n  \n    b  # trailing\n\n# end\n"),
        ["if", "a", ":", "NL", "IN", "b", "NL", "DE"]
    );
}

#[test]
fn brackets_join_lines() {
    assert_eq!(
        kinds("x = (1,\n  2,\n      3)\ny\n"),
        ["x", "=", "(", "int(1)", ",", "int(2)", ",", "int(3)", ")", "NL", "y", "NL"]
    );
    assert_eq!(
        kinds("f([\n{\n}\n])\n"),
        ["f", "(", "[", "{", "}", "]", ")", "NL"]
    );
}

#[test]
fn backslash_continues_a_line() {
    assert_eq!(
        kinds("x = 1 + \\\n    2\ny\n"),
        ["x", "=", "int(1)", "+", "int(2)", "NL", "y", "NL"]
    );
    assert_eq!(
        kinds("x = 1 + \\\r\n2\r\n"),
        ["x", "=", "int(1)", "+", "int(2)", "NL"]
    );
}

#[test]
fn end_of_file_closes_everything() {
    assert_eq!(
        kinds("def f():\n    if x:\n        y"),
        [
            "def", "f", "(", ")", ":", "NL", "IN", "if", "x", ":", "NL", "IN", "y", "NL", "DE",
            "DE"
        ]
    );
    assert!(kinds("").is_empty());
    assert!(kinds("\n\n# only a comment\n").is_empty());
}

#[test]
fn tabs_count_to_multiples_of_eight() {
    assert_eq!(
        kinds("if a:\n\tb\n\tc\n"),
        ["if", "a", ":", "NL", "IN", "b", "NL", "c", "NL", "DE"]
    );
    assert_eq!(
        errors("if a:\n\tb\n        c\n"),
        ["inconsistent use of tabs and spaces in indentation"]
    );
}

#[test]
fn bad_dedent_is_reported() {
    assert_eq!(
        errors("if a:\n    b\n  c\n"),
        ["unindent does not match any outer indentation level"]
    );
}

#[test]
fn brackets_must_match() {
    assert_eq!(
        errors("(]\n"),
        ["closing parenthesis ']' does not match opening parenthesis '('"]
    );
    assert_eq!(
        errors("(\n]\n"),
        ["closing parenthesis ']' does not match opening parenthesis '(' on line 1"]
    );
    assert_eq!(errors(")\n"), ["unmatched ')'"]);
    assert_eq!(errors("x = {\n"), ["'{' was never closed"]);
    assert!(tokenize("x = {\n").errors[0].incomplete);
}

#[test]
fn numbers() {
    assert_eq!(
        kinds("1_000 0x_ff 0o17 0b101 1.5 1. .5 1e3 1.5e-3 2j 1.5J 99999999999999999999 0 00\n"),
        [
            "int(1000)",
            "int(255)",
            "int(15)",
            "int(5)",
            "float(1.5)",
            "float(1)",
            "float(0.5)",
            "float(1000)",
            "float(0.0015)",
            "imag(2)",
            "imag(1.5)",
            "big(10,99999999999999999999)",
            "int(0)",
            "int(0)",
            "NL"
        ]
    );
    assert_eq!(kinds("1if x else 2\n")[..2], ["int(1)", "if"]);
    assert_eq!(errors("x = 1abc\n"), ["invalid decimal literal"]);
    assert_eq!(
        errors("x = 012\n"),
        ["leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"]
    );
}

#[test]
fn every_string_form() {
    let cases: &[(&str, &str)] = &[
        ("'a'", "str(\"a\")"),
        ("\"a\"", "str(\"a\")"),
        ("'''a\nb'''", "str(\"a\\nb\")"),
        ("\"\"\"a\"b\"\"\"", "str(\"a\\\"b\")"),
        ("r'\\n'", "str(\"\\\\n\")"),
        ("R\"\\d\"", "str(\"\\\\d\")"),
        ("u'é'", "str(\"é\")"),
        ("b'\\x41\\n'", "bytes(\"A\\n\")"),
        ("B'a'", "bytes(\"a\")"),
        ("rb'\\x41'", "bytes(\"\\\\x41\")"),
        ("Br'\\n'", "bytes(\"\\\\n\")"),
        ("'\\N{BULLET}\\u00e9\\101'", "str(\"•éA\")"),
        ("'it\\'s'", "str(\"it's\")"),
        ("'a\\\nb'", "str(\"ab\")"),
    ];
    for (source, want) in cases {
        assert_eq!(kinds(source), [*want, "NL"], "{source}");
    }
}

#[test]
fn f_strings_split_into_fields() {
    assert_eq!(
        kinds("f'a{b}c'"),
        [
            "F<",
            "text(\"a\")",
            "{",
            "b",
            "}",
            "text(\"c\")",
            ">F",
            "NL"
        ]
    );
    assert_eq!(
        kinds("f\"{x!r:>{w}}\""),
        [
            "F<",
            "{",
            "x",
            "!r",
            "spec",
            "text(\">\")",
            "{",
            "w",
            "}",
            "}",
            ">F",
            "NL"
        ]
    );
    assert_eq!(
        kinds("f'{x = }'"),
        ["F<", "{", "x", "debug(\"x = \")", "}", ">F", "NL"]
    );
    assert_eq!(
        kinds("f'{{}}{a==b}'"),
        ["F<", "text(\"{}\")", "{", "a", "==", "b", "}", ">F", "NL"]
    );
    assert_eq!(
        kinds("rf'\\n{x}'"),
        ["F<", "text(\"\\\\n\")", "{", "x", "}", ">F", "NL"]
    );
    assert_eq!(
        kinds("f'{d[\"k\"]}'"),
        ["F<", "{", "d", "[", "str(\"k\")", "]", "}", ">F", "NL"]
    );
    assert_eq!(
        kinds("f\"{'''eric's'''}\"")[..3],
        ["F<", "{", "str(\"eric's\")"]
    );
    assert_eq!(kinds("f'{f\"{x}\"}'")[..4], ["F<", "{", "F<", "{"]);
    assert_eq!(errors("f'{}'"), ["f-string: empty expression not allowed"]);
    assert_eq!(errors("f'}'"), ["f-string: single '}' is not allowed"]);
    assert_eq!(errors("f'{x'"), ["f-string: expecting '}'"]);
    assert_eq!(
        errors("f'{a\\n}'"),
        ["f-string expression part cannot include a backslash"]
    );
}

#[test]
fn unterminated_strings() {
    assert_eq!(
        errors("s = 'abc\nx = 1\n"),
        ["unterminated string literal (detected at line 1)"]
    );
    let triple = tokenize("s = '''abc\n\nx\n");
    assert_eq!(
        triple.errors[0].message,
        "unterminated triple-quoted string literal (detected at line 3)"
    );
    assert!(triple.errors[0].incomplete);
}

#[test]
fn bad_characters() {
    assert_eq!(errors("a = 1 € 2\n"), ["invalid character '€' (U+20AC)"]);
    assert_eq!(errors("a $ b\n"), ["invalid syntax"]);
    assert_eq!(errors("a\0\n"), ["source code cannot contain null bytes"]);
    assert_eq!(kinds("naïve = 1\n")[0], "naïve");
}
