//! Which files `weft test` tests: scripts (`.py`) and Markdown notes.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Run whole; compared with `NAME.py.snap`.
    Script,
    /// Its Python blocks run as a notebook; compared with its Output blocks.
    Note,
}

#[derive(Debug, Clone)]
pub struct TestFile {
    pub path: PathBuf,
    /// The path as the report shows it.
    pub name: String,
    pub kind: Kind,
}

/// The files under test: a folder means every `.py` and `.md` file below
/// it (sorted; hidden folders and `__pycache__` skipped); a file named
/// directly is a script if it ends in `.py` and a note otherwise (notes
/// often end in `.txt`). An error names a path that does not exist.
pub fn files(paths: &[PathBuf]) -> Result<Vec<TestFile>, String> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out);
        } else if path.exists() {
            let kind = if has_extension(path, "py") {
                Kind::Script
            } else {
                Kind::Note
            };
            out.push(test_file(path.clone(), kind));
        } else {
            return Err(format!("no such file or folder: {}", path.display()));
        }
    }
    Ok(out)
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension().is_some_and(|x| x == ext)
}

fn test_file(path: PathBuf, kind: Kind) -> TestFile {
    let shown = path.display().to_string();
    let name = shown.strip_prefix("./").unwrap_or(&shown).to_string();
    TestFile { path, name, kind }
}

fn walk(dir: &Path, out: &mut Vec<TestFile>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let file_name = path.file_name().map(|n| n.to_string_lossy().to_string());
        let skipped = file_name
            .as_deref()
            .is_some_and(|n| n.starts_with('.') || n == "__pycache__");
        if path.is_dir() {
            if !skipped {
                walk(&path, out);
            }
        } else if has_extension(&path, "py") {
            out.push(test_file(path, Kind::Script));
        } else if has_extension(&path, "md") {
            out.push(test_file(path, Kind::Note));
        }
    }
}
