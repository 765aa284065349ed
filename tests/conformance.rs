//! Conformance: every program in examples/ and tests/programs/ runs under
//! weft on the virtual clock (those named async_real_* on the real one)
//! and must print what CPython printed (the
//! `.out` beside it), end with the same last stderr line and exit status
//! (the `.status` beside it, when CPython exited non-zero).
//!
//! The examples keep what CPython printed in the snapshot that `weft test`
//! reads (`NAME.py.snap`) instead: one record of the truth per program.
//!
//! Programs that weft cannot run yet are listed in tests/conformance/pending.txt,
//! each with the reason. The list is a ratchet: a listed program that now
//! passes fails the test until it is taken off the list.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["examples", "tests/programs"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("program folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "py")
                && (path.with_extension("out").exists() || snapshot_path(&path).exists())
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn snapshot_path(program: &Path) -> PathBuf {
    let mut name = program.as_os_str().to_owned();
    name.push(".snap");
    PathBuf::from(name)
}

/// What CPython did: stdout, exit status, and the last line of stderr
/// (when there is one to compare).
fn expected(program: &Path) -> (String, i32, Option<String>) {
    if let Ok(text) = std::fs::read_to_string(snapshot_path(program)) {
        let snap = weft::snapshot::format::Snapshot::parse(&text).expect("a valid snapshot");
        let last = snap.stderr.lines().last().map(str::to_string);
        return (snap.stdout, snap.status, last);
    }
    let out = std::fs::read_to_string(program.with_extension("out")).expect(".out");
    match std::fs::read_to_string(program.with_extension("status")) {
        Ok(s) => {
            let mut lines = s.lines();
            let code: i32 = lines
                .next()
                .and_then(|c| c.trim().parse().ok())
                .unwrap_or(0);
            (out, code, lines.next().map(str::to_string))
        }
        Err(_) => (out, 0, None),
    }
}

/// `name -> reason` from the pending list.
fn pending() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/pending.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(' ') {
            Some((name, reason)) => (name.to_string(), reason.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// Runs one program; `None` when it matches CPython, else what differs.
fn check(program: &Path) -> Option<String> {
    let dir = program.parent().expect("a folder");
    // A few programs run on the real clock (short sleeps, output that does
    // not depend on timing): the virtual clock is not all that is tested.
    let name = program.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let clock = if name.starts_with("async_real_") {
        "real"
    } else {
        "virtual"
    };
    let output = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["run", "--clock", clock])
        .arg(program.file_name().expect("a file"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("weft runs");
    let (want_out, want_code, want_last) = expected(program);
    let got_out = String::from_utf8_lossy(&output.stdout);
    let got_err = String::from_utf8_lossy(&output.stderr);
    let got_code = output.status.code().unwrap_or(-1);
    if got_out != want_out {
        let first = got_out
            .lines()
            .zip(want_out.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(got_out.lines().count().min(want_out.lines().count()));
        return Some(format!(
            "stdout differs at line {}: weft {:?}, CPython {:?}\n{}",
            first + 1,
            got_out.lines().nth(first).unwrap_or("<end>"),
            want_out.lines().nth(first).unwrap_or("<end>"),
            got_err.lines().last().unwrap_or("")
        ));
    }
    if got_code != want_code {
        return Some(format!(
            "exit status {got_code}, CPython {want_code}: {}",
            got_err.lines().last().unwrap_or("")
        ));
    }
    if let Some(last) = want_last {
        if got_err.lines().last().unwrap_or("") != last {
            return Some(format!(
                "stderr ends {:?}, CPython {last:?}",
                got_err.lines().last().unwrap_or("")
            ));
        }
    }
    None
}

#[test]
fn programs_print_what_cpython_prints() {
    let pending = pending();
    let mut failures = Vec::new();
    let mut newly_passing = Vec::new();
    let mut seen = 0;
    for program in programs() {
        let name = program.file_name().unwrap().to_string_lossy().to_string();
        seen += 1;
        match (check(&program), pending.contains_key(&name)) {
            (Some(why), false) => failures.push(format!("{}: {why}", program.display())),
            (None, true) => newly_passing.push(name),
            _ => {}
        }
    }
    assert!(seen >= 200, "only {seen} programs found");
    assert!(
        failures.is_empty(),
        "{} programs differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        newly_passing.is_empty(),
        "these programs pass now; take them off tests/conformance/pending.txt: {newly_passing:?}"
    );
}
