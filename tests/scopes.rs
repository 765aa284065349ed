//! Scope analysis against CPython's symtable: for every scope of every
//! program, each name binds as CPython binds it (X.scopes, written by
//! tests/tools/scopes_expect.py). tests/scopes holds programs written for
//! the edges of the rules; the corpus covers everyday code.

use std::fs;
use std::path::{Path, PathBuf};

use weft::compile::scope::{self, Binding, ScopeKind, Scopes};
use weft::syntax;

fn programs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for dir in ["tests/programs", "examples", "tests/scopes"] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn line_of(source: &str, offset: u32) -> usize {
    1 + source[..offset as usize].matches('\n').count()
}

/// weft's scopes in the form of tests/tools/scopes_expect.py.
fn dump(source: &str, scopes: &Scopes, id: usize, depth: usize, out: &mut String) {
    let scope = &scopes.scopes[id];
    let (kind, line) = match scope.kind {
        ScopeKind::Module => ("module", 0),
        ScopeKind::Class => ("class", line_of(source, scope.span.start)),
        _ => ("function", line_of(source, scope.span.start)),
    };
    let mut sorted: Vec<_> = scope.symbols.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let symbols: Vec<String> = sorted
        .into_iter()
        .map(|s| {
            let binding = match s.binding {
                Binding::Local => "local",
                Binding::Cell => "cell",
                Binding::Free => "free",
                Binding::GlobalExplicit => "global_explicit",
                Binding::GlobalImplicit => "global_implicit",
            };
            format!(
                "{}={binding}{}",
                s.name,
                if s.is_param() { ",param" } else { "" }
            )
        })
        .collect();
    out.push_str(&format!(
        "{}{kind} {} {line}: {}\n",
        "  ".repeat(depth),
        scope.name,
        symbols.join(" ")
    ));
    for &child in &scope.children {
        dump(source, scopes, child, depth + 1, out);
    }
}

fn check(path: &Path) -> Result<(), String> {
    let source = fs::read_to_string(path).unwrap();
    let parsed = syntax::parse(&source);
    let (scopes, errors) = scope::analyze(&parsed.module);
    if !errors.is_empty() {
        return Err(format!("{errors:?}"));
    }
    let mut got = String::new();
    dump(&source, &scopes, 0, 0, &mut got);
    let expected = fs::read_to_string(path.with_extension("scopes")).unwrap();
    if got == expected {
        return Ok(());
    }
    let (want, have) = expected
        .lines()
        .zip(got.lines())
        .find(|(a, b)| a != b)
        .unwrap_or(("(a different number of scopes)", ""));
    Err(format!(
        "\n  CPython: {}\n  weft:    {}",
        want.trim(),
        have.trim()
    ))
}

#[test]
fn scopes_match_cpython() {
    let programs = programs();
    assert!(programs.len() >= 200);
    let failures: Vec<String> = programs
        .iter()
        .filter_map(|p| check(p).err().map(|e| format!("{}: {e}", p.display())))
        .collect();
    assert!(
        failures.is_empty(),
        "{} programs differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
