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
    let kind = ReportKind::Custom(error.kind.name(), Color::Red);
    let span = error.span.start as usize..error.span.end as usize;
    render(
        kind,
        file,
        source,
        span,
        &error.message,
        &error.message,
        color,
    )
}

/// A message about `span` of a file other than a syntax error (a Markdown
/// block whose output differs, say): the title, the file, line and column,
/// and the span underlined with `label`.
pub fn snippet(
    file: &str,
    source: &str,
    span: std::ops::Range<usize>,
    title: &str,
    label: &str,
    color: bool,
) -> String {
    render(ReportKind::Error, file, source, span, title, label, color)
}

fn render(
    kind: ReportKind,
    file: &str,
    source: &str,
    span: std::ops::Range<usize>,
    title: &str,
    label: &str,
    color: bool,
) -> String {
    let (start, end) = drawable(source, span);
    let config = Config::default()
        .with_index_type(IndexType::Byte)
        .with_color(color);
    let report = Report::build(kind, (file, start..end))
        .with_config(config)
        .with_message(title)
        .with_label(
            Label::new((file, start..end))
                .with_message(label)
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

/// A span ariadne can draw: ariadne slices lines at these offsets, so they
/// must fall inside the source and between characters, whatever span an
/// error carries.
fn drawable(source: &str, span: std::ops::Range<usize>) -> (usize, usize) {
    let mut start = span.start.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
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
