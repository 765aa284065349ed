//! Turns a parsed Python pattern into fancy-regex syntax with the same
//! meaning: Python's `$` (end, or before a final newline), `\Z` (absolute
//! end), Unicode `\w`/`\s` as CPython defines them, ASCII classes under
//! `re.ASCII`, flags applied where Python scopes them.

use super::parse::*;

/// Python's `\s` in Unicode patterns (`str.isspace`), as class contents.
const UNICODE_SPACE: &str = "\\t\\n\\x{B}\\x{C}\\r\\x{1C}-\\x{1F} \\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";
const ASCII_SPACE: &str = "\\t\\n\\x{B}\\x{C}\\r ";
/// Python's `\w` in Unicode patterns (`str.isalnum` or `_`).
const UNICODE_WORD: &str = "\\p{L}\\p{N}_";
const ASCII_WORD: &str = "0-9A-Za-z_";
const ASCII_WORD_CLASS: &str = "[0-9A-Za-z_]";

/// The engine's pattern for a parsed one.
pub fn emit(parsed: &Parsed) -> String {
    let mut out = String::new();
    if engine_case(parsed.flags) {
        out.push_str("(?i)");
    }
    seq(&mut out, &parsed.seq, parsed.flags);
    out
}

/// `(?:pattern)` anchored at the end: what `fullmatch` runs.
pub fn emit_full(parsed: &Parsed) -> String {
    let mut out = String::new();
    if engine_case(parsed.flags) {
        out.push_str("(?i)");
    }
    out.push_str("(?:");
    seq(&mut out, &parsed.seq, parsed.flags);
    out.push_str(")\\z");
    out
}

fn ascii(flags: u32) -> bool {
    flags & FLAG_ASCII != 0 || flags & FLAG_UNICODE == 0
}

/// Case-insensitive matching left to the engine (Unicode simple folding).
fn engine_case(flags: u32) -> bool {
    flags & FLAG_IGNORECASE != 0 && !ascii(flags)
}

/// Case-insensitive matching of ASCII letters only (`re.ASCII|re.I`, bytes
/// patterns): spelled out as classes.
fn ascii_case(flags: u32) -> bool {
    flags & FLAG_IGNORECASE != 0 && ascii(flags)
}

fn other_case(c: char) -> Option<char> {
    if c.is_ascii_lowercase() {
        Some(c.to_ascii_uppercase())
    } else if c.is_ascii_uppercase() {
        Some(c.to_ascii_lowercase())
    } else {
        None
    }
}

fn push_hex(out: &mut String, c: char) {
    out.push_str(&format!("\\x{{{:X}}}", c as u32));
}

fn literal(out: &mut String, c: char) {
    match c {
        '\\' | '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$'
        | '#' | '&' | '-' | '~' => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f || c.is_whitespace() => push_hex(out, c),
        c => out.push(c),
    }
}

fn class_literal(out: &mut String, c: char) {
    literal(out, c)
}

/// The other-case counterparts of the ASCII letters in `lo..=hi`.
fn case_ranges(out: &mut String, lo: char, hi: char) {
    for (a, z) in [('a', 'z'), ('A', 'Z')] {
        let (from, to) = (lo.max(a), hi.min(z));
        if from <= to {
            if let (Some(x), Some(y)) = (other_case(from), other_case(to)) {
                class_literal(out, x);
                out.push('-');
                class_literal(out, y);
            }
        }
    }
}

fn class_item(out: &mut String, item: &ClassItem, flags: u32) {
    let a = ascii(flags);
    match item {
        ClassItem::Lit(c) => {
            class_literal(out, *c);
            if ascii_case(flags) {
                if let Some(o) = other_case(*c) {
                    class_literal(out, o);
                }
            }
        }
        ClassItem::Range(lo, hi) => {
            class_literal(out, *lo);
            out.push('-');
            class_literal(out, *hi);
            if ascii_case(flags) {
                case_ranges(out, *lo, *hi);
            }
        }
        ClassItem::Cat(cat) => {
            let text = match (cat, a) {
                (Category::Digit, false) => "\\d".to_string(),
                (Category::Digit, true) => "0-9".to_string(),
                (Category::NotDigit, false) => "\\D".to_string(),
                (Category::NotDigit, true) => "[^0-9]".to_string(),
                (Category::Word, false) => UNICODE_WORD.to_string(),
                (Category::Word, true) => ASCII_WORD.to_string(),
                (Category::NotWord, false) => format!("[^{UNICODE_WORD}]"),
                (Category::NotWord, true) => format!("[^{ASCII_WORD}]"),
                (Category::Space, false) => UNICODE_SPACE.to_string(),
                (Category::Space, true) => ASCII_SPACE.to_string(),
                (Category::NotSpace, false) => format!("[^{UNICODE_SPACE}]"),
                (Category::NotSpace, true) => format!("[^{ASCII_SPACE}]"),
            };
            out.push_str(&text);
        }
    }
}

fn seq(out: &mut String, nodes: &[Node], flags: u32) {
    for n in nodes {
        node(out, n, flags);
    }
}

/// Does the sequence only ever match the empty string, without any
/// capturing group (assertions, empty groups)? The engine refuses to
/// repeat such a thing; Python matches it at most once.
fn only_assertions(nodes: &[Node]) -> bool {
    nodes.iter().all(|n| match n {
        Node::At(_) | Node::Assert { .. } => true,
        Node::Group {
            group: None, body, ..
        }
        | Node::Atomic(body) => only_assertions(body),
        Node::Repeat { item, .. } => only_assertions(item),
        Node::Branch(alts) => alts.iter().all(|a| only_assertions(a)),
        _ => false,
    })
}

fn node(out: &mut String, n: &Node, flags: u32) {
    match n {
        Node::Lit(c) => match other_case(*c).filter(|_| ascii_case(flags)) {
            Some(o) => {
                out.push('[');
                class_literal(out, *c);
                class_literal(out, o);
                out.push(']');
            }
            None => literal(out, *c),
        },
        Node::Any => {
            if flags & FLAG_DOTALL != 0 {
                out.push_str("(?s:.)");
            } else {
                out.push('.');
            }
        }
        Node::In { negate, items } => {
            out.push('[');
            if *negate {
                out.push('^');
            }
            for item in items {
                class_item(out, item, flags);
            }
            out.push(']');
        }
        Node::At(at) => {
            let multiline = flags & FLAG_MULTILINE != 0;
            let text = match at {
                At::Beginning if multiline => "(?m:^)".to_string(),
                At::Beginning | At::BeginningString => "\\A".to_string(),
                At::End if multiline => "(?m:$)".to_string(),
                At::End => "(?=\\n?\\z)".to_string(),
                At::EndString => "\\z".to_string(),
                At::Boundary if ascii(flags) => {
                    format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))", w = ASCII_WORD_CLASS)
                }
                // Never in an empty string, as in CPython.
                At::NonBoundary if ascii(flags) => format!(
                    "(?:(?=[\\s\\S])|(?<=[\\s\\S]))(?:(?<={w})(?={w})|(?<!{w})(?!{w}))",
                    w = ASCII_WORD_CLASS
                ),
                At::Boundary => "\\b".to_string(),
                At::NonBoundary => "(?:(?=[\\s\\S])|(?<=[\\s\\S]))\\B".to_string(),
            };
            out.push_str(&text);
        }
        Node::Group {
            group,
            add,
            del,
            body,
        } => {
            let inner = (flags | add) & !del;
            if group.is_some() {
                out.push('(');
            } else if engine_case(inner) && !engine_case(flags) {
                out.push_str("(?i:");
            } else if !engine_case(inner) && engine_case(flags) {
                out.push_str("(?-i:");
            } else {
                out.push_str("(?:");
            }
            seq(out, body, inner);
            out.push(')');
        }
        Node::Atomic(body) => {
            out.push_str("(?>");
            seq(out, body, flags);
            out.push(')');
        }
        Node::Assert {
            behind,
            negate,
            body,
        } => {
            out.push_str(match (behind, negate) {
                (false, false) => "(?=",
                (false, true) => "(?!",
                (true, false) => "(?<=",
                (true, true) => "(?<!",
            });
            seq(out, body, flags);
            out.push(')');
        }
        Node::GroupRef(g) if ascii_case(flags) => out.push_str(&format!("(?i:\\{g})")),
        Node::GroupRef(g) => out.push_str(&format!("(?:\\{g})")),
        Node::GroupRefExists { group, yes, no } => {
            out.push_str(&format!("(?({group})"));
            seq(out, yes, flags);
            if let Some(no) = no {
                out.push('|');
                seq(out, no, flags);
            }
            out.push(')');
        }
        Node::Repeat {
            min,
            max,
            kind,
            item,
        } => {
            if only_assertions(item) {
                // Zero or more copies of a zero-width assertion.
                if *min > 0 {
                    out.push_str("(?:");
                    seq(out, item, flags);
                    out.push(')');
                }
                return;
            }
            let possessive = *kind == RepKind::Possessive;
            if possessive {
                out.push_str("(?>");
            }
            out.push_str("(?:");
            seq(out, item, flags);
            out.push(')');
            match (*min, *max) {
                (0, MAXREPEAT) => out.push('*'),
                (1, MAXREPEAT) => out.push('+'),
                (0, 1) => out.push('?'),
                (m, MAXREPEAT) => out.push_str(&format!("{{{m},}}")),
                (m, n) if m == n => out.push_str(&format!("{{{m}}}")),
                (m, n) => out.push_str(&format!("{{{m},{n}}}")),
            }
            if *kind == RepKind::Lazy {
                out.push('?');
            }
            if possessive {
                out.push(')');
            }
        }
        Node::Branch(alts) => {
            out.push_str("(?:");
            for (i, a) in alts.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                seq(out, a, flags);
            }
            out.push(')');
        }
    }
}
