//! Output on a terminal goes through the line editor's external printer,
//! which prints above the line being edited. That printer can block: while
//! the editor reads a line, each message waits in a one-place queue until
//! the editor takes it, and the editor prefers keys to messages, so a line
//! finished just as a task prints leaves a message behind until the next
//! prompt. The interpreter must never wait on that (the next prompt comes
//! only after it has run the line), so messages go through a thread of
//! their own, which is the one that waits.

use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use rustyline::ExternalPrinter;

/// How long the session waits for what it printed to reach the terminal
/// before it asks for a line or ends. Normally no time at all: the editor
/// is not reading then, and the printer writes straight to the terminal.
/// Only a message left behind as above waits longer, and that one will
/// appear at the next prompt.
const DRAIN_WAIT: Duration = Duration::from_millis(500);

pub struct Printer {
    queue: Sender<String>,
    /// Messages sent and not yet printed.
    unprinted: Arc<(Mutex<usize>, Condvar)>,
}

impl Printer {
    /// Starts the printing thread; None if it cannot start (the caller
    /// then prints directly).
    pub fn start(mut printer: Box<dyn ExternalPrinter + Send>) -> Option<Printer> {
        let (queue, messages) = mpsc::channel::<String>();
        let unprinted = Arc::new((Mutex::new(0usize), Condvar::new()));
        let count = unprinted.clone();
        std::thread::Builder::new()
            .name("weft-printer".into())
            .spawn(move || {
                for message in messages {
                    let _ = printer.print(message);
                    let (lock, printed) = &*count;
                    if let Ok(mut n) = lock.lock() {
                        *n = n.saturating_sub(1);
                    }
                    printed.notify_all();
                }
            })
            .ok()?;
        Some(Printer { queue, unprinted })
    }

    /// Queues `bytes` for the terminal.
    pub fn print(&self, bytes: &[u8]) {
        if let Ok(mut n) = self.unprinted.0.lock() {
            *n += 1;
        }
        let _ = self.queue.send(String::from_utf8_lossy(bytes).into_owned());
    }

    /// Waits (a little, at most) until everything queued is printed.
    pub fn drain(&self) {
        let (lock, printed) = &*self.unprinted;
        if let Ok(n) = lock.lock() {
            let _ = printed.wait_timeout_while(n, DRAIN_WAIT, |n| *n > 0);
        }
    }
}
