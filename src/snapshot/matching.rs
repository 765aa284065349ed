//! Comparing what a program printed with what was expected: normalising
//! what legitimately varies, wildcards, and a line diff for the report.
//!
//! - `[..]` in an expected line matches any text within that line;
//! - a line that is exactly `...` matches any number of lines (none too);
//! - object addresses (`at 0x7f3a2c...`) read `at 0x...` on both sides;
//! - the folder of the file under test reads `[DIR]` in what it printed.
//!
//! Texts compare line by line, so a missing final newline does not count.

/// Replaces what varies from run to run in `text`: object addresses, and
/// `dir` (the tested file's folder, absolute) when given.
pub fn normalise(text: &str, dir: Option<&str>) -> String {
    let text = match dir {
        // Not the root folder: every `/` would become `[DIR]`.
        Some(dir) if dir.len() > 1 => text.replace(dir, "[DIR]"),
        _ => text.to_string(),
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("at 0x") {
        let head = at + "at 0x".len();
        out.push_str(&rest[..head]);
        let digits = rest[head..]
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len() - head);
        // `at 0x...` already normalised, or a bare `at 0x`: left as it is.
        if digits > 0 {
            out.push_str("...");
        }
        rest = &rest[head + digits..];
    }
    out.push_str(rest);
    out
}

/// The lines of a text; a final newline does not make an empty last line.
pub fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

const ANY_TEXT: &str = "[..]";
const ANY_LINES: &str = "...";

/// Does `actual` fit the expected line `pattern` (with its `[..]`s)?
pub fn line_matches(pattern: &str, actual: &str) -> bool {
    if !pattern.contains(ANY_TEXT) {
        return pattern == actual;
    }
    let parts: Vec<&str> = pattern.split(ANY_TEXT).collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !actual.starts_with(first) || actual.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &actual[first.len()..];
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(k) => rest = &rest[k + middle.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// Does the whole of `actual` fit `expected` (line wildcards included)?
/// Glob matching with backtracking to the last `...` only, which is exact
/// for patterns whose other items each match a single line.
pub fn text_matches(expected: &str, actual: &str) -> bool {
    let (pat, act) = (lines(expected), lines(actual));
    let (mut p, mut a) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while a < act.len() {
        if p < pat.len() && pat[p] == ANY_LINES {
            star = Some((p, a));
            p += 1;
        } else if p < pat.len() && line_matches(pat[p], act[a]) {
            p += 1;
            a += 1;
        } else if let Some((sp, sa)) = star {
            p = sp + 1;
            a = sa + 1;
            star = Some((sp, sa + 1));
        } else {
            return false;
        }
    }
    pat[p..].iter().all(|l| *l == ANY_LINES)
}

/// One line of a diff between expected and actual text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffLine<'a> {
    /// In both (or an expected wildcard line and what it matched).
    Same(&'a str),
    Expected(&'a str),
    Actual(&'a str),
}

/// Beyond this many cells the alignment table would cost too much memory;
/// the diff then only trims what the two texts share at both ends.
const MAX_CELLS: usize = 4_000_000;

/// A shortest line diff that treats wildcard matches as equal.
pub fn diff<'a>(expected: &'a str, actual: &'a str) -> Vec<DiffLine<'a>> {
    let (e, a) = (lines(expected), lines(actual));
    let (n, m) = (e.len(), a.len());
    if (n + 1).saturating_mul(m + 1) > MAX_CELLS {
        return trimmed_diff(&e, &a);
    }
    // cost[i][j]: fewest added/removed lines to align e[i..] with a[j..].
    let width = m + 1;
    let mut cost = vec![0u32; (n + 1) * width];
    for i in (0..=n).rev() {
        for j in (0..=m).rev() {
            let here = if i == n {
                (m - j) as u32
            } else if e[i] == ANY_LINES {
                let skip = cost[(i + 1) * width + j];
                if j < m {
                    skip.min(cost[i * width + j + 1])
                } else {
                    skip
                }
            } else {
                let mut best = 1 + cost[(i + 1) * width + j];
                if j < m {
                    best = best.min(1 + cost[i * width + j + 1]);
                    if line_matches(e[i], a[j]) {
                        best = best.min(cost[(i + 1) * width + j + 1]);
                    }
                }
                best
            };
            cost[i * width + j] = here;
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        let at = |i: usize, j: usize| cost[i * width + j];
        if i == n {
            out.push(DiffLine::Actual(a[j]));
            j += 1;
        } else if e[i] == ANY_LINES {
            if j < m && at(i, j) == at(i, j + 1) {
                // The wildcard swallows this line: show what it matched.
                out.push(DiffLine::Same(a[j]));
                j += 1;
            } else {
                i += 1;
            }
        } else if j < m && line_matches(e[i], a[j]) && at(i, j) == at(i + 1, j + 1) {
            out.push(DiffLine::Same(a[j]));
            i += 1;
            j += 1;
        } else if at(i, j) == 1 + at(i + 1, j) {
            // Removed lines first, then added ones, as diff(1) shows them.
            out.push(DiffLine::Expected(e[i]));
            i += 1;
        } else {
            out.push(DiffLine::Actual(a[j]));
            j += 1;
        }
    }
    out
}

fn trimmed_diff<'a>(e: &[&'a str], a: &[&'a str]) -> Vec<DiffLine<'a>> {
    let head = e.iter().zip(a).take_while(|(x, y)| x == y).count();
    let tail = e[head..]
        .iter()
        .rev()
        .zip(a[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut out: Vec<DiffLine> = a[..head].iter().map(|l| DiffLine::Same(l)).collect();
    out.extend(
        e[head..e.len() - tail]
            .iter()
            .map(|l| DiffLine::Expected(l)),
    );
    out.extend(a[head..a.len() - tail].iter().map(|l| DiffLine::Actual(l)));
    out.extend(a[a.len() - tail..].iter().map(|l| DiffLine::Same(l)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_folders_are_normalised() {
        assert_eq!(
            normalise("<A object at 0x7f3a2c0b1d90> at 0x...", None),
            "<A object at 0x...> at 0x..."
        );
        assert_eq!(
            normalise("File \"/tmp/x/a.py\"", Some("/tmp/x")),
            "File \"[DIR]/a.py\""
        );
        assert_eq!(normalise("0xff at 0x", None), "0xff at 0x");
    }

    #[test]
    fn wildcards_match_within_a_line() {
        assert!(line_matches("took [..] s", "took 1.5 s"));
        assert!(line_matches("[..]", ""));
        assert!(line_matches("a[..]b[..]c", "a1b2b3c"));
        assert!(!line_matches("a[..]b", "ab c"));
        assert!(!line_matches("ab[..]ba", "aba"));
    }

    #[test]
    fn ellipsis_lines_match_any_lines() {
        assert!(text_matches("...\nlast\n", "a\nb\nlast\n"));
        assert!(text_matches("...\nlast", "last\n"));
        assert!(text_matches("a\n...\n", "a\n"));
        assert!(text_matches("a\n...\nb\n...\nc", "a\nx\nb\nb\ny\nc"));
        assert!(!text_matches("...\nlast\n", "last\nmore\n"));
        assert!(!text_matches("a\n", "a\nb\n"));
    }

    #[test]
    fn diff_shows_changed_lines_only() {
        use DiffLine::*;
        assert_eq!(
            diff("a\nb\nc\n", "a\nB\nc\nd\n"),
            vec![
                Same("a"),
                Expected("b"),
                Actual("B"),
                Same("c"),
                Actual("d")
            ]
        );
        assert_eq!(
            diff("...\nz\n", "x\ny\n"),
            vec![Same("x"), Same("y"), Expected("z")]
        );
    }
}
