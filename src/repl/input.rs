//! The input thread: reads one line each time the session asks for one
//! (after the previous statement has finished, as Python's REPL does), with
//! the line editor on a terminal or plainly from a pipe, and sends it over
//! a channel. The session's thread keeps running the event loop meanwhile.

use std::io::BufRead;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{ColorMode, CompletionType, Config, Editor, ExternalPrinter};

use super::editor::Helper;

/// From the input thread to the session.
pub enum Request {
    Line(String),
    /// Ctrl-C at the prompt: the statement being typed is dropped.
    Interrupt,
    /// End of input (Ctrl-D, or the end of the pipe).
    Eof,
    /// Tab: the names that could follow `word` (a dotted name, maybe
    /// partial), answered on `reply`.
    Complete {
        word: String,
        reply: Sender<Vec<String>>,
    },
    /// The line editor's printer: on a terminal, everything the session
    /// prints goes through it, so that output from tasks running while the
    /// user types appears above the line being edited instead of inside it.
    Printer(Box<dyn ExternalPrinter + Send>),
}

/// From the session: read the next line.
pub enum Prompt {
    /// `>>> `: a new statement.
    Primary,
    /// `... `: the statement so far (the highlighter continues its
    /// strings) needs another line.
    Continuation(String),
}

/// Starts the input thread. It ends when the session drops its end of the
/// prompt channel, or at end of input.
pub fn spawn(tty: bool, color: bool) -> (Receiver<Request>, Sender<Prompt>) {
    let (request_tx, request_rx) = mpsc::channel();
    let (prompt_tx, prompt_rx) = mpsc::channel();
    // Without a thread there is no input: the session finds the channel
    // closed and ends.
    let _ = std::thread::Builder::new()
        .name("weft-input".into())
        .spawn(move || {
            if tty {
                terminal(&request_tx, &prompt_rx, color);
            } else {
                piped(&request_tx, &prompt_rx);
            }
        });
    (request_rx, prompt_tx)
}

/// Lines from a pipe or file: no prompts, no editing, no history.
fn piped(requests: &Sender<Request>, prompts: &Receiver<Prompt>) {
    while prompts.recv().is_ok() {
        let mut line = Vec::new();
        // Locked only while reading: a statement that calls input() reads
        // the next line itself, as in Python's REPL.
        let request = match std::io::stdin().lock().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => Request::Eof,
            Ok(_) => {
                if line.ends_with(b"\n") {
                    line.pop();
                    if line.ends_with(b"\r") {
                        line.pop();
                    }
                }
                Request::Line(String::from_utf8_lossy(&line).into_owned())
            }
        };
        if requests.send(request).is_err() {
            return;
        }
    }
}

/// The line editor on a terminal: highlighting, completion, history.
fn terminal(requests: &Sender<Request>, prompts: &Receiver<Prompt>, color: bool) {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .color_mode(if color {
            ColorMode::Enabled
        } else {
            ColorMode::Disabled
        })
        .build();
    let Ok(mut editor) = Editor::<Helper, DefaultHistory>::with_config(config) else {
        return piped(requests, prompts);
    };
    editor.set_helper(Some(Helper::new(requests.clone(), color)));
    if let Ok(printer) = editor.create_external_printer() {
        let _ = requests.send(Request::Printer(Box::new(printer)));
    }
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    while let Ok(prompt) = prompts.recv() {
        let (text, pending) = match prompt {
            Prompt::Primary => (">>> ", String::new()),
            Prompt::Continuation(pending) => ("... ", pending),
        };
        if let Some(helper) = editor.helper_mut() {
            helper.pending = pending;
        }
        let styled = if color {
            format!("\x1b[1;32m{text}\x1b[0m")
        } else {
            text.to_string()
        };
        let request = match editor.readline(&(text, styled)) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                    // Saved line by line, so that a session that ends
                    // abruptly keeps its history; a file that cannot be
                    // written just means no history.
                    if let Some(path) = &history {
                        let _ = editor.append_history(path);
                    }
                }
                Request::Line(line)
            }
            Err(ReadlineError::Interrupted) => Request::Interrupt,
            Err(_) => Request::Eof,
        };
        if requests.send(request).is_err() {
            return;
        }
    }
}

/// `~/.weft_history`, when there is a home.
fn history_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".weft_history"))
}

/// The terminal's settings when the session began, put back at its end:
/// the line editor restores them itself, except when the session ends
/// while it is reading a line.
pub struct TerminalState(Option<libc::termios>);

impl TerminalState {
    pub fn save() -> TerminalState {
        // SAFETY: tcgetattr fills the struct it is given; an all-zero
        // termios is a valid value to start from.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0 {
                TerminalState(Some(t))
            } else {
                TerminalState(None)
            }
        }
    }

    pub fn restore(&self) {
        if let Some(t) = &self.0 {
            // SAFETY: sets the terminal's attributes from a struct that
            // tcgetattr filled.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
            }
        }
    }
}
