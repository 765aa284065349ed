//! The `weft` command line.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diag;
use crate::syntax;

#[derive(Parser)]
#[command(
    name = "weft",
    version,
    about = "A small, fast, Python-compatible scripting language with async at its heart"
)]
struct Cli {
    /// Without a command: the REPL.
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ClockKind {
    Real,
    Virtual,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python script.
    Run {
        /// Which clock the program sees: real time, or virtual time (sleeps
        /// take no time). Defaults to WEFT_CLOCK, else real.
        #[arg(long, value_enum)]
        clock: Option<ClockKind>,
        /// The script to run.
        script: PathBuf,
        /// Arguments for the script (sys.argv[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Snapshot-test what programs print: scripts against NAME.py.snap,
    /// Markdown notes' Python blocks against their Output blocks.
    Test {
        /// Files and folders to test (a folder: every .py and .md file
        /// below it; a file not ending in .py is read as Markdown).
        /// Defaults to the current folder.
        paths: Vec<PathBuf>,
        /// Rewrite snapshots and Output blocks with what programs print now.
        #[arg(long, conflicts_with = "review")]
        update: bool,
        /// Walk through each mismatch: accept, reject or skip it.
        #[arg(long)]
        review: bool,
        /// The clock programs see (virtual: sleeps take no time).
        #[arg(long, value_enum, default_value = "virtual")]
        clock: ClockKind,
        /// How many test files run at once (default: the number of cores).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// Run only the tests whose name contains this text.
        #[arg(long)]
        filter: Option<String>,
        /// Seconds of real time a test file may run before it is killed.
        #[arg(long, default_value_t = 10.0, value_parser = positive_seconds)]
        timeout: f64,
    },
    /// Runs a Markdown note's Python blocks for `weft test` (internal).
    #[command(hide = true)]
    Notebook {
        #[arg(long, value_enum)]
        clock: ClockKind,
        /// The token that marks the end of each block's output.
        #[arg(long)]
        frame: String,
        file: PathBuf,
    },
    /// The interactive prompt (also `weft` alone), with top-level `await`.
    Repl {
        /// Which clock the session sees (as for `run`).
        #[arg(long, value_enum)]
        clock: Option<ClockKind>,
    },
    /// Parse files without running them and report every syntax error.
    Check {
        /// The files to check; a folder means every .py file below it.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

/// Stack for the thread that parses and runs programs: deep nesting in a
/// program must become an error message, never a stack overflow.
const STACK_SIZE: usize = 256 * 1024 * 1024;

pub fn main() -> ExitCode {
    // `weft script.py` means `weft run script.py`.
    let mut argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(first) = argv.get(1).and_then(|a| a.to_str()) {
        if first.ends_with(".py") {
            argv.insert(1, "run".into());
        }
    }
    let cli = Cli::parse_from(argv);
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || match cli.command {
            Some(Command::Check { paths }) => check(&python_files(&paths)),
            Some(Command::Test {
                paths,
                update,
                review,
                clock,
                jobs,
                filter,
                timeout,
            }) => crate::snapshot::main(crate::snapshot::Options {
                paths,
                update,
                review,
                real_clock: clock == ClockKind::Real,
                jobs: jobs.map_or_else(
                    || std::thread::available_parallelism().map_or(1, |n| n.get()),
                    usize::from,
                ),
                filter,
                timeout: std::time::Duration::from_secs_f64(timeout),
            }),
            Some(Command::Notebook { clock, frame, file }) => {
                crate::snapshot::notebook::run(&file, clock == ClockKind::Virtual, &frame)
            }
            Some(Command::Run {
                clock,
                script,
                args,
            }) => run(clock, &script, args),
            Some(Command::Repl { clock }) => repl(clock),
            None => repl(None),
        });
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("weft: internal error");
            ExitCode::from(70)
        }
    }
}

/// A `--timeout`: a positive number of seconds, not so large that it
/// overflows a `Duration`.
fn positive_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 1e9 => Ok(s),
        _ => Err("expected a number of seconds between 0 and 1e9".into()),
    }
}

/// `--clock`, else WEFT_CLOCK: is time virtual?
fn virtual_time(clock: Option<ClockKind>) -> bool {
    match clock {
        Some(c) => c == ClockKind::Virtual,
        None => std::env::var("WEFT_CLOCK").is_ok_and(|v| v == "virtual"),
    }
}

/// The REPL: its exit status is SystemExit's, else 0.
fn repl(clock: Option<ClockKind>) -> ExitCode {
    let status = crate::repl::main(virtual_time(clock));
    ExitCode::from(status.clamp(0, 255) as u8)
}

/// Runs a script: its exit status is the program's.
fn run(clock: Option<ClockKind>, script: &std::path::Path, args: Vec<String>) -> ExitCode {
    let virtual_time = virtual_time(clock);
    let name = script.display().to_string();
    let bytes = match std::fs::read(script) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("weft: can't open file '{name}': {}", io_reason(&e));
            return ExitCode::from(2);
        }
    };
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let source = match syntax::decode(&name, &bytes) {
        Ok(source) => source,
        Err((lossy, error)) => {
            eprint!("{}", diag::syntax_errors(&name, &lossy, &[error], color));
            return ExitCode::from(1);
        }
    };
    let path = std::fs::canonicalize(script).unwrap_or_else(|_| script.to_path_buf());
    let file = path.display().to_string();
    let code = match crate::compile::compile(&source, &file) {
        Ok(code) => code,
        Err(errors) => {
            eprint!("{}", diag::syntax_errors(&name, &source, &errors, color));
            return ExitCode::from(1);
        }
    };
    let vm = crate::interp::Vm::new(crate::interp::clock::Clock::new(virtual_time));
    crate::interp::interrupt::install();
    let dir = path
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let mut search = vec![dir];
    if let Some(extra) = std::env::var_os("WEFT_PATH") {
        search.extend(std::env::split_paths(&extra));
    }
    *vm.path.borrow_mut() = search;
    let mut argv = vec![name];
    argv.extend(args);
    *vm.argv.borrow_mut() = argv;
    let status = vm.run_main(code, &file);
    if status == crate::interp::interrupt::EXIT_STATUS {
        crate::interp::interrupt::exit_by_sigint();
    }
    ExitCode::from(status.clamp(0, 255) as u8)
}

fn check(files: &[PathBuf]) -> ExitCode {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut clean = true;
    let mut stderr = std::io::stderr().lock();
    for path in files {
        let name = path.display().to_string();
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                let _ = writeln!(stderr, "weft: can't open file '{name}': {}", io_reason(&e));
                clean = false;
                continue;
            }
        };
        let (source, errors) = match syntax::decode(&name, &bytes) {
            Ok(source) => {
                let errors = syntax::check(&source).errors;
                (source, errors)
            }
            Err((lossy, error)) => (lossy, vec![error]),
        };
        if !errors.is_empty() {
            clean = false;
            let _ =
                stderr.write_all(diag::syntax_errors(&name, &source, &errors, color).as_bytes());
        }
    }
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The files named, with folders replaced by the .py files below them
/// (sorted; hidden folders skipped).
fn python_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect_python_files(path, &mut files);
        } else {
            files.push(path.clone());
        }
    }
    files
}

fn collect_python_files(dir: &std::path::Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if path.is_dir() && !hidden {
            collect_python_files(&path, files);
        } else if path.extension().is_some_and(|x| x == "py") {
            files.push(path);
        }
    }
}

/// An I/O error in CPython's words ("[Errno 2] No such file or directory").
fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    // Rust appends " (os error N)"; CPython puts "[Errno N]" in front.
    match (e.raw_os_error(), text.rfind(" (os error")) {
        (Some(code), Some(cut)) => format!("[Errno {code}] {}", &text[..cut]),
        _ => text,
    }
}
