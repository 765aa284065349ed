//! Bad input never crashes the interpreter: mutated versions of the
//! corpus programs (bytes deleted, duplicated, swapped, inserted) run under
//! `weft run`, and each must end with a Python-level outcome — output, a
//! traceback, a SyntaxError, or being stopped for running too long — never
//! a Rust panic, an abort or a signal.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in ["tests/programs", "examples"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("corpus folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read(p).expect("readable"))
        .collect()
}

/// A deterministic xorshift generator: the same mutants on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound.max(1) as u64) as usize
    }
}

fn mutate(source: &mut Vec<u8>, rng: &mut Rng) {
    let alphabet = b"()[]{}:;,.=+-*/%<>'\"#@!\n\t 0123456789_abcdefxyz";
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(source.len());
        match rng.below(4) {
            0 if !source.is_empty() => {
                let len = rng.below(12).min(source.len() - at);
                source.drain(at..at + len);
            }
            1 => source.insert(at, alphabet[rng.below(alphabet.len())]),
            2 if at + 1 < source.len() => source.swap(at, at + 1),
            _ => {
                let len = rng.below(30).min(source.len() - at);
                let piece: Vec<u8> = source[at..at + len].to_vec();
                let to = rng.below(source.len());
                source.splice(to..to, piece);
            }
        }
    }
}

/// Runs one program with a time limit; `Some(reason)` when weft crashed.
fn crashes(dir: &Path, source: &[u8]) -> Option<String> {
    let file = dir.join("mutant.py");
    std::fs::write(&file, source).expect("write mutant");
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["run", "--clock", "virtual", "mutant.py"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(2) {
            // A mutant may loop forever; that is the program's doing.
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    let crashed = status.code().is_none()
        || ["panicked at", "fatal runtime error", "memory allocation of"]
            .iter()
            .any(|sign| stderr.contains(sign));
    crashed.then(|| format!("{status}: {}", stderr.lines().last().unwrap_or("")))
}

#[test]
fn mutated_programs_never_crash_the_interpreter() {
    let corpus = corpus();
    let dir = std::env::temp_dir().join(format!("weft-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut failures = Vec::new();
    for round in 0..400 {
        let mut source = corpus[round % corpus.len()].clone();
        mutate(&mut source, &mut rng);
        if let Some(why) = crashes(&dir, &source) {
            failures.push(format!(
                "{why}\n--- program ---\n{}",
                String::from_utf8_lossy(&source)
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} mutants crashed weft; the first:\n{}",
        failures.len(),
        failures[0]
    );
}
