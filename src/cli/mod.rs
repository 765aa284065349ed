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
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || match cli.command {
            Command::Check { paths } => check(&python_files(&paths)),
        });
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("weft: internal error");
            ExitCode::from(70)
        }
    }
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
