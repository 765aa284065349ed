//! Ctrl-C. The SIGINT handler only sets a flag; the interpreter looks at
//! it where Python code can be interrupted (function calls, loop
//! back-edges, sleeps) and there raises KeyboardInterrupt — or calls the
//! handler `asyncio.run` installs, which cancels the main task instead, as
//! CPython 3.11's Runner does.

use std::sync::atomic::{AtomicBool, Ordering};

use super::{Args, Vm, R};

static PENDING: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    PENDING.store(true, Ordering::Relaxed);
}

/// Routes SIGINT to the flag (once per process), unless it is ignored.
pub fn install() {
    let handler = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
    // SAFETY: the handler only stores to an atomic, which is
    // async-signal-safe.
    unsafe {
        // Like CPython, leave Ctrl-C ignored if the parent ignored it.
        if libc::signal(libc::SIGINT, handler) == libc::SIG_IGN {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
        }
    }
}

/// The exit status of a program that Ctrl-C ended (as a shell shows it).
pub const EXIT_STATUS: i32 = 130;

/// Ends the process the way CPython does after an uncaught
/// KeyboardInterrupt: killed by SIGINT, so that a parent sees the signal.
pub fn exit_by_sigint() {
    // SAFETY: restoring the default disposition and raising a signal.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}

/// Has Ctrl-C been pressed since the interpreter last looked?
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

impl Vm {
    /// Acts on a pending Ctrl-C: the installed handler runs, or
    /// KeyboardInterrupt is raised.
    #[cold]
    #[inline(never)]
    pub fn interrupt(&'static self) -> R<()> {
        PENDING.store(false, Ordering::Relaxed);
        let handler = self.sigint_handler.borrow().clone();
        match handler {
            Some(h) => self.call(&h, Args::default()).map(|_| ()),
            None => Err(self.exc_with_args(&self.t.keyboard_interrupt, vec![])),
        }
    }

    /// Raises at a pending Ctrl-C; for loops and sleeps.
    #[inline]
    pub fn check_interrupt(&'static self) -> R<()> {
        if pending() {
            return self.interrupt();
        }
        Ok(())
    }
}
