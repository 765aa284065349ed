//! Running test files in child processes: each file gets a fresh weft
//! process (a crash, a deadlock or an endless loop stays in it), `jobs` of
//! them at a time, each interrupted and then killed when it runs past the
//! timeout.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How a child process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    Status(i32),
    /// Killed by a signal it did not ask for (a crash).
    Signal(i32),
    /// Ran past the timeout and was killed.
    TimedOut,
    /// Could not be started or waited for.
    Failed(String),
}

/// What a child printed, and how it ended.
pub struct Ran {
    pub stdout: String,
    pub stderr: String,
    pub exit: Exit,
}

/// Runs weft itself with `args` in the folder `cwd`, stdin closed (a test
/// that reads input gets EOF rather than waiting for the person at the
/// keyboard), killing it after `timeout`.
pub fn run_weft(args: &[&str], cwd: &Path, timeout: Duration) -> Ran {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return failed(format!("can't find the weft executable: {e}")),
    };
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("WEFT_CLOCK")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => return failed(format!("can't start weft: {e}")),
    };
    // Read both pipes while the child runs, or a chatty child fills one
    // and blocks forever.
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) => break exit_of(status),
            Ok(None) if start.elapsed() >= timeout => {
                interrupt(&mut child);
                let _ = child.kill();
                let _ = child.wait();
                break Exit::TimedOut;
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                break Exit::Failed(e.to_string());
            }
        }
    };
    Ran {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        exit,
    }
}

/// How long a child that ran out of time has to print its traceback once
/// interrupted, before it is killed.
const GRACE: Duration = Duration::from_millis(500);

/// Interrupts a child as Ctrl-C would: weft then flushes what the program
/// printed and shows where it was stuck, in a KeyboardInterrupt traceback.
#[cfg(unix)]
fn interrupt(child: &mut std::process::Child) {
    let Ok(pid) = libc::pid_t::try_from(child.id()) else {
        return;
    };
    // SAFETY: kill(2) with a pid we own (the child has not been waited
    // for, so the pid is not reused) and a valid signal number.
    unsafe {
        libc::kill(pid, libc::SIGINT);
    }
    let start = Instant::now();
    while start.elapsed() < GRACE {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[cfg(not(unix))]
fn interrupt(_: &mut std::process::Child) {}

fn failed(why: String) -> Ran {
    Ran {
        stdout: String::new(),
        stderr: String::new(),
        exit: Exit::Failed(why),
    }
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

#[cfg(unix)]
fn exit_of(status: std::process::ExitStatus) -> Exit {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Exit::Status(code),
        (None, Some(signal)) => Exit::Signal(signal),
        (None, None) => Exit::Failed("ended without a status".into()),
    }
}

#[cfg(not(unix))]
fn exit_of(status: std::process::ExitStatus) -> Exit {
    match status.code() {
        Some(code) => Exit::Status(code),
        None => Exit::Failed("ended without a status".into()),
    }
}

/// Runs `check` on every item, `jobs` at a time, and hands each result to
/// `done` in the items' order (so the report reads the same at any
/// `jobs`), each as soon as it and all before it are finished.
pub fn in_parallel<T, U, F, D>(items: &[T], jobs: usize, check: F, mut done: D)
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync,
    D: FnMut(U),
{
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, items.len().max(1)) {
            let send = send.clone();
            let (next, check) = (&next, &check);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                if send.send((i, check(item))).is_err() {
                    break;
                }
            });
        }
        drop(send);
        let mut waiting: Vec<Option<U>> = (0..items.len()).map(|_| None).collect();
        let mut first = 0;
        for (i, result) in receive {
            waiting[i] = Some(result);
            while let Some(ready) = waiting.get_mut(first).and_then(Option::take) {
                done(ready);
                first += 1;
            }
        }
    });
}

/// A frame token no program output will contain by chance.
pub fn frame_token() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "\u{1}weft-block-{:x}-{:x}",
        std::process::id(),
        nanos & 0xffff_ffff_ffff
    )
}

/// One block's part of a framed stream: its index, the rest of its mark
/// (`ok`/`raised` on stdout), and what it wrote.
pub struct Framed {
    pub index: usize,
    pub mark: String,
    pub text: String,
}

/// Splits a stream written by `weft notebook` at its marks; the text after
/// the last mark is what the block that did not finish wrote.
pub fn split_frames(stream: &str, frame: &str) -> (Vec<Framed>, String) {
    let pattern = format!("\n{frame} ");
    let mut parts = Vec::new();
    let mut rest = stream;
    while let Some(k) = rest.find(&pattern) {
        let after = &rest[k + pattern.len()..];
        let (mark, next) = after.split_once('\n').unwrap_or((after, ""));
        let (index, mark) = mark.split_once(' ').unwrap_or((mark, ""));
        if let Ok(index) = index.parse() {
            parts.push(Framed {
                index,
                mark: mark.to_string(),
                text: rest[..k].to_string(),
            });
        }
        rest = next;
    }
    (parts, rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_split_exactly() {
        let (parts, rest) = split_frames("a\nb\n\nF 0 ok\nno newline\nF 2 raised\npartial", "F");
        assert_eq!(parts.len(), 2);
        assert_eq!((parts[0].index, parts[0].mark.as_str()), (0, "ok"));
        assert_eq!(parts[0].text, "a\nb\n");
        assert_eq!((parts[1].index, parts[1].text.as_str()), (2, "no newline"));
        assert_eq!(rest, "partial");
    }

    #[test]
    fn results_come_in_order() {
        let items: Vec<u64> = (0..20).collect();
        let mut seen = Vec::new();
        in_parallel(
            &items,
            4,
            |&i| {
                std::thread::sleep(Duration::from_millis((20 - i) % 7));
                i
            },
            |i| seen.push(i),
        );
        assert_eq!(seen, items);
    }
}
