//! The `weft` command as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn weft(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("weft runs")
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("weft-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn check_accepts_clean_files_silently() {
    let out = weft(&[
        "check",
        "examples/hello.py",
        "tests/programs/match_sequence.py",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn check_reports_errors_of_every_file() {
    let out = weft(&[
        "check",
        "tests/syntax/errors/missing_colon.py",
        "examples/hello.py",
        "tests/syntax/errors/two_errors.py",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("SyntaxError: expected ':'"), "{stderr}");
    assert!(stderr.contains("missing_colon.py:2:9"), "{stderr}");
    assert_eq!(stderr.matches("two_errors.py:").count(), 2, "{stderr}");
    assert!(!stderr.contains('\x1b'), "NO_COLOR output has escape codes");
}

#[test]
fn check_explains_unreadable_input() {
    let out = weft(&["check", "no/such/file.py"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("can't open file 'no/such/file.py': [Errno 2] No such file or directory"),
        "{stderr}"
    );

    let bad = scratch("latin1.py", b"x = 'caf\xe9'\n");
    let out = weft(&["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Non-UTF-8 code starting with '\\xe9'"),
        "{stderr}"
    );
    assert!(stderr.contains("latin1.py:1:9"), "{stderr}");
}

#[test]
fn check_survives_random_bytes() {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let bytes: Vec<u8> = (0..2000)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect();
    let path = scratch("noise.py", &bytes);
    let out = weft(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SyntaxError"));
}

#[test]
fn check_needs_a_file() {
    let out = weft(&["check"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_takes_folders() {
    let out = weft(&["check", "examples", "tests/programs"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = weft(&["check", "tests/syntax/errors"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("missing_colon.py:2:9") && stderr.contains("unterminated_triple.py"),
        "{stderr}"
    );
}
