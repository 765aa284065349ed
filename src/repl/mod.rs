//! The REPL: `weft` with no arguments, or `weft repl`. Like `python -m
//! asyncio`, one event loop lives for the whole session and `await` works
//! at the prompt; tasks started at the prompt keep running while the user
//! types.
//!
//! Two threads. The interpreter is single-threaded (`Rc` everywhere), so it
//! and the event loop stay on the calling thread (`session.rs`), which runs
//! the loop and, whenever the loop has nothing ready, waits on a channel for
//! the next line. Input is read on a thread of its own (`input.rs`): the
//! line editor (rustyline) on a terminal, plain lines from a pipe otherwise.
//! The input thread knows nothing of Python: it asks the session for
//! completions over the same channel (`complete.rs` answers), and only the
//! highlighting (`editor.rs`) runs there, on the lexer alone. On a terminal,
//! output reaches the screen through the line editor from a third thread
//! (`printer.rs`), so that the interpreter never waits on the editor.

mod complete;
mod editor;
mod input;
mod printer;
mod session;

use std::io::IsTerminal;

/// Runs an interactive session until end of input; its exit status.
pub fn main(virtual_time: bool) -> i32 {
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let color = tty && std::env::var_os("NO_COLOR").is_none();
    let terminal = tty.then(input::TerminalState::save);
    let (requests, prompts) = input::spawn(tty, color);
    let status = session::Session::new(virtual_time, color, tty, requests, prompts).run();
    // The input thread may still be inside the line editor (the session
    // ended from a background task): give the terminal back as it was.
    if let Some(state) = terminal {
        state.restore();
    }
    status
}
