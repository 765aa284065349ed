//! The REPL. Each session in tests/repl/*.txt is typed through a pipe into
//! `weft repl --clock virtual`: its standard output and exit status must be
//! what CPython printed for the same lines (X.out, X.status, recorded by
//! tests/tools/repl_expect.py), and the whole session — stdout and stderr
//! interleaved, tracebacks and diagnostics included — is kept as an insta
//! snapshot. Then one session runs in a real terminal under tmux: editing,
//! completion, Ctrl-C and Ctrl-D as a user meets them.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn weft_repl(input: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.args(["repl", "--clock", "virtual"])
        .current_dir(input.parent().expect("a folder"))
        .env("NO_COLOR", "1")
        .stdin(std::fs::File::open(input).expect("the session"));
    cmd
}

/// The session's stdout and exit status, with stderr apart.
fn run_apart(input: &Path) -> (String, i32) {
    let out = weft_repl(input)
        .stderr(Stdio::null())
        .output()
        .expect("weft runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Everything the session printed, in order, as a terminal shows it.
fn run_together(input: &Path) -> (String, i32) {
    let dir = std::env::temp_dir().join(format!("weft-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let name = input.file_name().expect("a file name");
    let log = dir.join(name);
    let file = std::fs::File::create(&log).expect("the log");
    // One open file for both streams: they share its offset, so what is
    // written lands in the order it was written.
    let status = weft_repl(input)
        .stdout(file.try_clone().expect("a second handle"))
        .stderr(file)
        .status()
        .expect("weft runs");
    let text = std::fs::read_to_string(&log).expect("the log");
    (text, status.code().unwrap_or(-1))
}

/// Line numbers inside weft's own asyncio.py move whenever that file
/// changes: a session's snapshot does not depend on them.
fn hide_library_lines(text: &str) -> String {
    const FRAME: &str = "File \"<frozen asyncio>\", line ";
    text.lines()
        .map(|line| match line.find(FRAME) {
            Some(at) => {
                let (head, tail) = line.split_at(at + FRAME.len());
                let rest = tail.trim_start_matches(|c: char| c.is_ascii_digit());
                format!("{head}N{rest}\n")
            }
            None => format!("{line}\n"),
        })
        .collect()
}

#[test]
fn sessions_print_what_cpython_prints() {
    insta::glob!("repl/*.txt", |path| {
        let base = path.with_extension("");
        let expected = std::fs::read_to_string(base.with_extension("out")).expect("X.out");
        let expected_status = std::fs::read_to_string(base.with_extension("status"))
            .map_or(0, |s| s.trim().parse().expect("a status"));
        let (out, status) = run_apart(path);
        assert_eq!(out, expected, "stdout of {}", path.display());
        assert_eq!(status, expected_status, "exit status of {}", path.display());

        let input = std::fs::read_to_string(path).expect("the session");
        let (together, status) = run_together(path);
        let together = hide_library_lines(&together);
        insta::assert_snapshot!(format!(
            "{input}----- stdout and stderr -----\n{together}\n----- exit status {status}\n"
        ));
    });
}

#[test]
fn piped_input_needs_no_prompt_decorations() {
    // `weft` alone is the REPL too.
    for args in [&["repl"][..], &[]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("weft runs");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(b"print(1+1)\n").expect("input");
        }
        let out = child.wait_with_output().expect("weft ends");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n", "weft {args:?}");
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0));
    }
}

/// A tmux server of the test's own, with one window running weft.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("tmux runs")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "repl"];
        args.extend(keys);
        self.cmd(&args);
    }

    /// Types `text` literally (no key names).
    fn type_text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "repl", "-l", text]);
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "repl"]).stdout)
            .into_owned()
    }

    /// Waits until the screen shows what `done` looks for. The deadline
    /// only keeps a broken REPL from hanging the test suite.
    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never showed {what}:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the `n`th prompt `>>> ` on the screen (whose trailing
    /// blank the capture trims).
    fn wait_prompts(&self, n: usize) -> String {
        self.wait_for(&format!("prompt number {n}"), |s| {
            s.lines().filter(|l| l.starts_with(">>>")).count() >= n
        })
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.cmd(&["kill-server"]);
    }
}

#[test]
fn a_session_in_a_terminal() {
    let available = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        eprintln!("note: tmux is not installed; the terminal session test is skipped");
        return;
    }
    let home = std::env::temp_dir().join(format!("weft-repl-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a home");
    let tmux = Tmux {
        socket: format!("weft-test-{}", std::process::id()),
    };
    // The shell around weft reports its exit status and keeps the window
    // open for the test to read it.
    let command = format!(
        "env -u NO_COLOR HOME='{}' '{}'; echo \"[exit $?]\"; sleep 600",
        home.display(),
        env!("CARGO_BIN_EXE_weft")
    );
    let started = tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "repl",
        "-x",
        "100",
        "-y",
        "40",
        &command,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux.wait_prompts(1);

    // A multi-line async function, then awaiting it at the prompt.
    tmux.type_text("async def double(n):");
    tmux.keys(&["Enter"]);
    tmux.wait_for("a continuation prompt", |s| {
        s.lines().any(|l| l.starts_with("..."))
    });
    // Tab in the indentation indents.
    tmux.keys(&["Tab"]);
    tmux.type_text("await asyncio.sleep(0.01)");
    tmux.keys(&["Enter"]);
    tmux.type_text("    return n * 2");
    tmux.keys(&["Enter", "Enter"]);
    tmux.wait_prompts(2);
    tmux.type_text("await double(21)");
    // Keywords are coloured as they are typed.
    tmux.wait_for("the line typed", |s| s.contains(">>> await double(21)"));
    let coloured =
        String::from_utf8_lossy(&tmux.cmd(&["capture-pane", "-p", "-e", "-t", "repl"]).stdout)
            .into_owned();
    let line = coloured
        .lines()
        .find(|l| l.contains("await") && l.contains("double("))
        .unwrap_or_default();
    assert!(line.contains("\x1b["), "no colour in {line:?}");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_prompts(3);
    assert!(screen.contains("\n42\n"), "{screen}");

    // Tab completes an attribute of a module.
    tmux.type_text("asyncio.ga");
    tmux.keys(&["Tab"]);
    tmux.wait_for("asyncio.gather completed", |s| {
        s.lines().any(|l| l.trim_end() == ">>> asyncio.gather")
    });
    tmux.keys(&["C-u"]);

    // Ctrl-C cancels a statement that is running and the prompt comes back.
    tmux.type_text("print('sleeping'); await asyncio.sleep(100)");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the statement running", |s| {
        s.lines().any(|l| l.trim_end() == "sleeping")
    });
    tmux.keys(&["C-c"]);
    tmux.wait_for("KeyboardInterrupt", |s| s.contains("KeyboardInterrupt"));
    tmux.wait_prompts(4);
    // Ctrl-C at a continuation prompt drops the statement being typed.
    tmux.type_text("x = (1,");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the prompt after `x = (1,`", |s| {
        let lines: Vec<&str> = s.lines().filter(|l| !l.trim().is_empty()).collect();
        lines.ends_with(&[">>> x = (1,", "..."])
    });
    tmux.keys(&["C-c"]);
    tmux.wait_prompts(5);
    tmux.type_text("print('still', 'here')");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the session going on", |s| s.contains("still here"));
    tmux.wait_prompts(6);

    // The loop runs while the prompt waits: what a callback prints then
    // appears above the prompt, which is drawn again below it.
    tmux.type_text("h = asyncio.get_running_loop().call_later(0.2, print, 'from the loop')");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("output from the loop", |s| {
        let mut lines = s.lines().skip_while(|l| l.trim_end() != "from the loop");
        lines.next().is_some() && lines.any(|l| l.starts_with(">>>"))
    });
    assert!(!screen.contains("Traceback"), "{screen}");

    // Ctrl-D ends the session with status 0.
    tmux.keys(&["C-d"]);
    let screen = tmux.wait_for("the exit status", |s| s.contains("[exit "));
    assert!(screen.contains("[exit 0]"), "{screen}");

    let history = std::fs::read_to_string(home.join(".weft_history")).unwrap_or_default();
    assert!(history.contains("await double(21)"), "history: {history}");
    let _ = std::fs::remove_dir_all(&home);
}
