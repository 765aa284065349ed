//! Diagnostics for people: syntax errors rendered with ariadne.

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use crate::syntax::SyntaxError;

/// How many syntax errors of one file are shown before the rest are counted.
pub const MAX_SHOWN: usize = 20;

/// Renders every syntax error of one file (up to `MAX_SHOWN`), in order.
pub fn syntax_errors(file: &str, source: &str, errors: &[SyntaxError], color: bool) -> String {
    let mut out = String::new();
    for error in errors.iter().take(MAX_SHOWN) {
        out.push_str(&syntax_error(file, source, error, color));
    }
    if errors.len() > MAX_SHOWN {
        out.push_str(&format!(
            "... and {} more syntax errors in {file}\n",
            errors.len() - MAX_SHOWN
        ));
    }
    out
}

/// One syntax error: `SyntaxError: message`, the file, line and column, and
/// the offending code underlined.
pub fn syntax_error(file: &str, source: &str, error: &SyntaxError, color: bool) -> String {
    // ariadne slices lines at these offsets: they must fall between
    // characters, whatever span an error carries.
    let mut start = (error.span.start as usize).min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (error.span.end as usize).clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    let config = Config::default()
        .with_index_type(IndexType::Byte)
        .with_color(color);
    let report = Report::build(
        ReportKind::Custom(error.kind.name(), Color::Red),
        (file, start..end),
    )
    .with_config(config)
    .with_message(&error.message)
    .with_label(
        Label::new((file, start..end))
            .with_message(&error.message)
            .with_color(Color::Red),
    )
    .finish();
    let mut buffer = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = report.write((file, Source::from(source)), &mut buffer);
    let text = String::from_utf8_lossy(&buffer).into_owned();
    if color {
        text
    } else {
        // ariadne colours a custom report kind even when its config says
        // not to; plain output must carry no escape codes.
        strip_ansi(&text)
    }
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\x1b') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find('m').map_or(after.len(), |m| m + 1);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
