//! Testing a script: run it in a child process, compare with `NAME.py.snap`.

use std::path::{Path, PathBuf};

use super::discover::TestFile;
use super::format::Snapshot;
use super::matching::{normalise, text_matches};
use super::runner::{run_weft, Exit};
use super::{Fix, Options, Outcome, Problem, Test};

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Where a test file's child process runs: its folder (the working
/// directory), that folder made absolute as the program sees it in
/// `__file__`, and the file's name there (never taken for an option).
pub struct Place {
    pub cwd: PathBuf,
    pub dir: Option<String>,
    pub file: String,
}

pub fn place_of(path: &Path) -> Place {
    let cwd = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = std::fs::canonicalize(&cwd)
        .ok()
        .map(|d| d.display().to_string());
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let file = if name.starts_with('-') {
        format!("./{name}")
    } else {
        name
    };
    Place { cwd, dir, file }
}

pub fn check(file: &TestFile, opts: &Options) -> Test {
    let snap_path = with_suffix(&file.path, ".snap");
    let new_path = with_suffix(&file.path, ".snap.new");
    let snap_name = format!("{}.snap", file.name);
    let mut test = Test::new(file.name.clone());
    let Place {
        cwd,
        dir,
        file: script,
    } = place_of(&file.path);
    let ran = run_weft(
        &["run", "--clock", opts.clock(), &script],
        &cwd,
        opts.timeout,
    );
    let status = match ran.exit {
        Exit::Status(status) => status,
        // An uncaught KeyboardInterrupt ends weft by SIGINT, as CPython
        // does; a shell reports that as status 130, and so does the
        // snapshot.
        Exit::Signal(libc::SIGINT) => crate::interp::interrupt::EXIT_STATUS,
        other => {
            test.fail(Problem::Stopped {
                block: None,
                exit: other,
                stdout: normalise(&ran.stdout, dir.as_deref()),
                stderr: normalise(&ran.stderr, dir.as_deref()),
                seconds: opts.timeout.as_secs_f64(),
            });
            return test;
        }
    };
    let actual = Snapshot {
        status,
        stderr: normalise(&ran.stderr, dir.as_deref()),
        stdout: normalise(&ran.stdout, dir.as_deref()),
    };
    let fix = Fix::Snapshot {
        path: snap_path.clone(),
        new_path: new_path.clone(),
        text: actual.render(),
    };
    let text = match std::fs::read_to_string(&snap_path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // Written for review unless --update is about to write the
            // snapshot itself.
            let written = !opts.update && std::fs::write(&new_path, actual.render()).is_ok();
            test.outcome = Outcome::New;
            test.problems.push(Problem::NewSnapshot {
                new_path: written.then(|| format!("{}.snap.new", file.name)),
                actual,
            });
            test.fix = Some(fix);
            return test;
        }
        Err(e) => {
            test.fail(Problem::BadSnapshot {
                snap: snap_name,
                error: e.to_string(),
            });
            return test;
        }
    };
    let expected = match Snapshot::parse(&text) {
        Ok(snap) => Snapshot {
            status: snap.status,
            stderr: normalise(&snap.stderr, None),
            stdout: normalise(&snap.stdout, None),
        },
        Err(error) => {
            test.fail(Problem::BadSnapshot {
                snap: snap_name,
                error,
            });
            test.fix = Some(fix);
            return test;
        }
    };
    if expected.status == actual.status
        && text_matches(&expected.stderr, &actual.stderr)
        && text_matches(&expected.stdout, &actual.stdout)
    {
        // A leftover from an earlier run is stale now.
        let _ = std::fs::remove_file(&new_path);
        return test;
    }
    test.fail(Problem::SnapshotDiffers {
        snap: snap_name,
        expected,
        actual,
    });
    test.fix = Some(fix);
    test
}
