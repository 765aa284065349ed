//! `weft test`, as a user runs it, on the fixtures in tests/snapshot_cmd/:
//! each test copies the fixtures into a folder of its own (the tree is
//! never modified) and runs weft there, so the report names files by
//! short relative paths and can be compared exactly.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A fresh copy of the fixtures, in a folder named after the test and
/// removed when the test ends.
struct Fixtures(PathBuf);

impl std::ops::Deref for Fixtures {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Fixtures {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn fixtures(test: &str) -> Fixtures {
    let dir = std::env::temp_dir().join(format!("weft-test-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshot_cmd"),
        &dir,
    );
    Fixtures(dir)
}

/// Runs `weft test ARGS` in `dir` with `input` on stdin: the report and
/// the exit status.
fn weft_test(dir: &Path, args: &[&str], input: &str) -> (String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("test")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft runs");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "weft test wrote to stderr: {stderr}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The report with the line numbers of weft's own asyncio frames hidden:
/// they move whenever that library changes, and are not what is tested.
fn steady(report: &str) -> String {
    const FROZEN: &str = "File \"<frozen asyncio>\", line ";
    let mut out = String::new();
    for line in report.split_inclusive('\n') {
        match line.find(FROZEN) {
            Some(at) => {
                let rest = &line[at + FROZEN.len()..];
                let digits =
                    rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                out.push_str(&line[..at + FROZEN.len()]);
                out.push('N');
                out.push_str(&rest[digits..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn scripts_pass_fail_and_get_new_snapshots() {
    let dir = fixtures("scripts");
    let (report, status) = weft_test(&dir, &["scripts"], "");
    assert_eq!(status, 1);
    insta::assert_snapshot!(steady(&report));
    assert_eq!(
        read(dir.join("scripts/new.py.snap.new")),
        "[exit status 3]\n[stderr]\nand a warning\n[stdout]\nhello from a new test\n"
    );
    assert!(!dir.join("scripts/new.py.snap").exists());
}

#[test]
fn update_rewrites_snapshots_then_everything_passes() {
    let dir = fixtures("update");
    let error_snap = read(dir.join("scripts/error.py.snap"));
    let (report, status) = weft_test(&dir, &["scripts", "--update"], "");
    assert_eq!(status, 0, "{report}");
    insta::assert_snapshot!(steady(&report));
    assert_eq!(
        read(dir.join("scripts/fail.py.snap")),
        "line 1\nline 2\nline 3\nline 4\nline 5\nthe end\n"
    );
    assert!(dir.join("scripts/new.py.snap").exists());
    assert!(!dir.join("scripts/new.py.snap.new").exists());
    // A snapshot that matched keeps its wildcards.
    assert_eq!(read(dir.join("scripts/error.py.snap")), error_snap);
    let (report, status) = weft_test(&dir, &["scripts"], "");
    assert_eq!(status, 0, "{report}");
    assert!(report.ends_with("\n4 passed, 0 failed\n"), "{report}");
}

#[test]
fn markdown_blocks_pass_fail_skip_and_expect_errors() {
    let dir = fixtures("markdown");
    let (report, status) = weft_test(&dir, &["note"], "");
    assert_eq!(status, 1);
    insta::assert_snapshot!(steady(&report));
}

#[test]
fn update_rewrites_output_blocks_in_place() {
    let dir = fixtures("markdown_update");
    let before = read(dir.join("note/notes.md"));
    let (report, status) = weft_test(&dir, &["note", "--update"], "");
    // Blocks that raise, or do not raise when they should, stay failed.
    assert_eq!(status, 1);
    assert!(
        report.contains("test note/notes.md:34 ... updated\n"),
        "{report}"
    );
    let after = read(dir.join("note/notes.md"));
    assert_eq!(
        after,
        before.replace(
            "### Output\n```\na 0\na 1\nb 0\nb 1\n```",
            "### Output\n```\na 0\nb 0\na 1\nb 1\n```"
        )
    );
    let (report, _) = weft_test(&dir, &["note"], "");
    assert!(
        report.ends_with("\n5 passed, 2 failed, 1 skipped\n"),
        "{report}"
    );
}

#[test]
fn deadlocks_and_timeouts_fail_clearly() {
    let dir = fixtures("stuck");
    let start = std::time::Instant::now();
    let (report, status) = weft_test(&dir, &["stuck", "--timeout", "2"], "");
    assert_eq!(status, 1);
    assert!(
        start.elapsed().as_secs() < 8,
        "the stuck test was not stopped"
    );
    insta::assert_snapshot!(steady(&report));
}

#[test]
fn parallel_runs_report_in_the_same_order() {
    let dir = fixtures("parallel");
    let (one, _) = weft_test(&dir, &["scripts", "note", "seed", "--jobs", "1"], "");
    let (four, status) = weft_test(&dir, &["scripts", "note", "seed", "--jobs", "4"], "");
    assert_eq!(status, 1);
    assert_eq!(one, four);
}

#[test]
fn review_accepts_rejects_and_skips() {
    let dir = fixtures("review");
    let (report, status) = weft_test(&dir, &["scripts", "--review"], "a\nr\n");
    assert_eq!(status, 1, "{report}");
    assert!(
        report.ends_with("\n2 passed, 1 failed, 1 updated\n"),
        "{report}"
    );
    assert_eq!(report.matches("accept, reject or skip? [a/r/s]").count(), 2);
    assert!(read(dir.join("scripts/fail.py.snap")).contains("line 3\n"));
    assert!(!dir.join("scripts/new.py.snap").exists());
    assert!(!dir.join("scripts/new.py.snap.new").exists());
}

#[test]
fn filter_picks_tests_by_name() {
    let dir = fixtures("filter");
    let (report, status) = weft_test(&dir, &["--filter", "notes.md:19"], "");
    assert_eq!(status, 0, "{report}");
    assert_eq!(
        report,
        "test note/notes.md:19 ... ok\n\n1 passed, 0 failed\n"
    );
}

#[test]
fn notes_named_directly_may_end_in_txt() {
    let dir = fixtures("seed");
    let (report, status) = weft_test(&dir, &["seed/asyncio_notes.txt"], "");
    assert_eq!(status, 1);
    insta::assert_snapshot!(steady(&report));
}

#[test]
fn a_missing_path_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["test", "no/such/folder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "weft test: no such file or folder: no/such/folder\n"
    );
}

#[test]
fn clock_real_opts_out_of_virtual_time() {
    let dir = fixtures("clock");
    let (report, status) = weft_test(&dir, &["clock"], "");
    assert_eq!(status, 0, "{report}");
    let (report, status) = weft_test(&dir, &["clock", "--clock", "real"], "");
    assert_eq!(status, 1, "{report}");
    assert!(report.contains("-virtual\n+real\n"), "{report}");
}
