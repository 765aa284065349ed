//! Ctrl-C: each program in tests/interrupt/ runs under weft on the real
//! clock and gets SIGINT as soon as it prints its first line; what it
//! prints and how it ends must be what CPython did (recorded beside it by
//! tests/tools/interrupt_expect.py).

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

fn run(program: &Path) -> (String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("run")
        .arg(program.file_name().expect("a file"))
        .current_dir(program.parent().expect("a folder"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut out = String::new();
    stdout.read_line(&mut out).expect("a first line");
    // SAFETY: signalling our own child process.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    stdout.read_to_string(&mut out).expect("stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("weft ends");
    let how = {
        use std::os::unix::process::ExitStatusExt;
        match (status.signal(), status.code()) {
            (Some(sig), _) => format!("signal {sig}"),
            (None, Some(code)) => format!("exit {code}"),
            (None, None) => "unknown".to_string(),
        }
    };
    let last = err
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    (out, format!("{how}\n{last}\n"))
}

#[test]
fn ctrl_c_does_what_cpython_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interrupt");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/interrupt")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(!programs.is_empty());
    let mut failures = Vec::new();
    for program in &programs {
        let want_out = std::fs::read_to_string(program.with_extension("out")).expect(".out");
        let want_status =
            std::fs::read_to_string(program.with_extension("status")).expect(".status");
        let (out, status) = run(program);
        if out != want_out || status != want_status {
            failures.push(format!(
                "{}:\n  weft printed {out:?}, ended {status:?}\n  CPython printed {want_out:?}, ended {want_status:?}",
                program.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
