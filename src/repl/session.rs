//! The session, on the interpreter's thread: one `__main__` namespace and
//! one event loop for the whole session, as `python -m asyncio` has.
//!
//! The loop is marked running from start to end, so code at the prompt
//! runs "inside" it: `asyncio.get_running_loop()` answers, and
//! `asyncio.run()` raises CPython's RuntimeError. While the user types, the
//! session runs the loop's ready callbacks and its timers, and waits on the
//! input channel only when the loop has nothing to do (`idle`). A statement
//! that awaits becomes a task on the loop, driven until it is done
//! (`await_task`); one that does not runs directly.
//!
//! On the virtual clock, time moves only while a statement awaits: between
//! statements it stands still (a task sleeping in the background wakes up
//! when a later statement sleeps past its deadline), so that a session
//! prints the same thing on every run.

use std::rc::Rc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::Duration;

use super::complete;
use super::input::{Prompt, Request};
use super::printer::Printer;
use crate::aio::event_loop::EventLoop;
use crate::aio::{api, future, task};
use crate::compile::ir::{Code, StmtKind};
use crate::interp::{interrupt, Exc, Vm};
use crate::runtime::*;
use crate::syntax::SyntaxError;

/// The file name of code typed at the prompt, in tracebacks.
const FILE: &str = "<stdin>";

/// How long the session waits for input before it looks at the loop's
/// timers and at Ctrl-C again.
const POLL: Duration = Duration::from_millis(50);

/// The session is over, with this exit status (SystemExit).
struct Exit(i32);

pub struct Session {
    vm: &'static Vm,
    module: Rc<Module>,
    lp: Rc<EventLoop>,
    /// The lines of the statement being entered.
    pending: String,
    color: bool,
    tty: bool,
    requests: Receiver<Request>,
    prompts: Sender<Prompt>,
    /// On a terminal: where output goes (see printer.rs).
    printer: Option<Rc<Printer>>,
}

impl Session {
    pub fn new(
        virtual_time: bool,
        color: bool,
        tty: bool,
        requests: Receiver<Request>,
        prompts: Sender<Prompt>,
    ) -> Session {
        let vm = Vm::new(crate::interp::clock::Clock::new(virtual_time));
        interrupt::install();
        // As in Python's REPL: imports look in the current directory first,
        // and sys.argv is [''].
        let mut search = vec![std::path::PathBuf::new()];
        if let Some(extra) = std::env::var_os("WEFT_PATH") {
            search.extend(std::env::split_paths(&extra));
        }
        *vm.path.borrow_mut() = search;
        *vm.argv.borrow_mut() = vec![String::new()];
        install_quitters(vm);
        let module = vm.main_module(None, Value::None);
        // `python -m asyncio` imports asyncio for the user.
        if let Ok(asyncio) = vm.import_module("asyncio") {
            module.dict.insert(Name::new("asyncio"), asyncio);
        }
        let lp = api::current_loop(vm);
        lp.running.set(true);
        *vm.aio.running.borrow_mut() = Some(lp.clone());
        Session {
            vm,
            module,
            lp,
            pending: String::new(),
            color,
            tty,
            requests,
            prompts,
            printer: None,
        }
    }

    /// Runs the session to the end of input; its exit status.
    pub fn run(mut self) -> i32 {
        if self.tty {
            self.vm.print_err(&format!(
                "weft {} — asyncio REPL: use \"await\" directly; asyncio is imported.\n\
                 Tab completes, Ctrl-C interrupts, Ctrl-D exits.\n",
                env!("CARGO_PKG_VERSION")
            ));
        }
        let status = match self.serve() {
            Ok(()) => 0,
            Err(Exit(status)) => status,
        };
        self.vm.flush();
        if let Some(printer) = &self.printer {
            printer.drain();
        }
        self.lp.running.set(false);
        *self.vm.aio.running.borrow_mut() = None;
        // Back to the process's streams, for anything printed from here on.
        self.vm.out.borrow_mut().redirect(None);
        status
    }

    fn serve(&mut self) -> Result<(), Exit> {
        self.ask(Prompt::Primary);
        loop {
            match self.idle()? {
                Request::Line(line) => self.line(&line)?,
                Request::Interrupt => {
                    self.pending.clear();
                    self.vm.print_err("KeyboardInterrupt\n");
                    self.ask(Prompt::Primary);
                }
                Request::Eof => {
                    if self.tty {
                        self.vm.print("\n");
                    }
                    // What the input ended in the middle of still runs (or
                    // shows its syntax error).
                    if !self.pending.is_empty() {
                        let source = std::mem::take(&mut self.pending);
                        self.execute(&source, Entry::compile(&source))?;
                    }
                    return Ok(());
                }
                Request::Complete { word, reply } => {
                    let _ = reply.send(complete::candidates(self.vm, &self.module, &word));
                }
                Request::Printer(printer) => {
                    if let Some(printer) = Printer::start(printer) {
                        let printer = Rc::new(printer);
                        let sink = printer.clone();
                        self.vm
                            .out
                            .borrow_mut()
                            .redirect(Some(Box::new(move |bytes: &[u8]| sink.print(bytes))));
                        self.printer = Some(printer);
                    }
                }
            }
        }
    }

    /// Asks the input thread for the next line, after everything printed
    /// so far.
    fn ask(&self, prompt: Prompt) {
        self.vm.flush();
        if let Some(printer) = &self.printer {
            printer.drain();
        }
        // A closed channel means the input thread is gone: `idle` then sees
        // the end of input.
        let _ = self.prompts.send(prompt);
    }

    /// Runs the loop until a request arrives. When callbacks are ready, one
    /// iteration runs before each look at the channel, so tasks started by
    /// one statement take their first step before the next statement (as
    /// they do in `python -m asyncio`), and input is never starved.
    fn idle(&mut self) -> Result<Request, Exit> {
        loop {
            let wait = self.lp.next_wait(self.vm);
            if wait == Some(0.0) {
                let r = self.iterate();
                if let Err(e) = r {
                    self.loop_error(e)?;
                }
                self.vm.flush();
                match self.requests.try_recv() {
                    Ok(request) => return Ok(request),
                    Err(TryRecvError::Empty) => continue,
                    Err(TryRecvError::Disconnected) => return Ok(Request::Eof),
                }
            }
            // Nothing ready: wait for input, or for the next timer on the
            // real clock (on the virtual clock time stands still here).
            let timeout = match wait {
                Some(w) if !self.vm.clock.is_virtual() => {
                    Duration::try_from_secs_f64(w).map_or(POLL, |w| w.min(POLL))
                }
                _ => POLL,
            };
            match self.requests.recv_timeout(timeout) {
                Ok(request) => return Ok(request),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(Request::Eof),
            }
            // Ctrl-C with no statement running (from a pipe; a terminal's
            // line editor reads Ctrl-C as a key) interrupts nothing.
            if interrupt::pending() {
                let _ = self.vm.interrupt();
            }
        }
    }

    /// One iteration of the loop. `loop.stop()` typed at the prompt has no
    /// `run_forever` to end here: the flag is dropped, so that the loop
    /// does not go on iterating without ever waiting.
    fn iterate(&self) -> crate::interp::R<()> {
        let r = self.lp.run_once(self.vm);
        self.lp.stopping.set(false);
        r
    }

    /// An error out of a loop iteration: SystemExit ends the session,
    /// KeyboardInterrupt is for the caller to act on (`Ok(true)`), anything
    /// else (an exception handler that raised) is shown.
    fn loop_error(&self, e: Exc) -> Result<bool, Exit> {
        let vm = self.vm;
        if vm.exc_is(&e, &vm.t.system_exit) {
            return Err(Exit(vm.exit_status(e)));
        }
        if vm.exc_is(&e, &vm.t.keyboard_interrupt) {
            return Ok(true);
        }
        vm.exit_status(e);
        Ok(false)
    }

    /// One line of input: part of a statement, or the end of one.
    fn line(&mut self, line: &str) -> Result<(), Exit> {
        let blank = line.trim().is_empty();
        if self.pending.is_empty() && blank {
            self.ask(Prompt::Primary);
            return Ok(());
        }
        self.pending.push_str(line);
        self.pending.push('\n');
        let entry = Entry::compile(&self.pending);
        // As in Python's REPL: an unfinished statement asks for another
        // line, and so does a compound statement, which a blank line ends;
        // a blank line ends a block, but not a bracket or a string.
        let more = match &entry {
            Entry::Incomplete(_) => !blank || lexer_unfinished(&self.pending),
            Entry::Complete(code) => !blank && opens_block(code),
            Entry::Invalid(_) => false,
        };
        if more {
            self.ask(Prompt::Continuation(self.pending.clone()));
            return Ok(());
        }
        let source = std::mem::take(&mut self.pending);
        self.execute(&source, entry)?;
        self.ask(Prompt::Primary);
        Ok(())
    }

    /// Runs one entry (one statement, or several typed as one), or shows
    /// its syntax errors.
    fn execute(&mut self, source: &str, entry: Entry) -> Result<(), Exit> {
        let vm = self.vm;
        let code = match entry {
            Entry::Complete(code) => code,
            Entry::Incomplete(errors) | Entry::Invalid(errors) => {
                let text = crate::diag::syntax_errors(FILE, source, &errors, self.color);
                vm.print_err(&text);
                return Ok(());
            }
        };
        if !code.top_level_awaits() {
            return match vm.run_module_code(code, &self.module) {
                Ok(()) => Ok(()),
                Err(e) => self.report(e),
            };
        }
        let coro = vm.module_coroutine(code, &self.module);
        match task::new_task(vm, &crate::aio::types(vm).task, &self.lp, coro, None) {
            Ok(task) => self.await_task(&task),
            Err(e) => self.report(e),
        }
    }

    /// Runs the loop until the statement's task is done. Ctrl-C cancels
    /// the task (as `python -m asyncio` does); a loop with nothing left
    /// that could wake the task is a deadlock, reported as `weft run`
    /// reports it, instead of a hang.
    fn await_task(&mut self, task: &Value) -> Result<(), Exit> {
        let vm = self.vm;
        let Some(fut) = future::as_future(task) else {
            return Ok(());
        };
        let mut interrupted = false;
        let mut deadlock = None;
        while !fut.done() {
            if let Err(e) = self.iterate() {
                if self.loop_error(e)? && !fut.done() {
                    interrupted = true;
                    self.cancel(task)?;
                }
            }
            if !fut.done() && self.lp.is_stalled() {
                if deadlock.is_some() {
                    // Cancelled, it waits again on what nothing can wake:
                    // leave it waiting.
                    break;
                }
                deadlock = Some(api::deadlock(vm, &self.lp));
                self.cancel(task)?;
            }
        }
        vm.flush();
        let cancelled = fut.state.get() == future::State::Cancelled;
        if let Some(e) = deadlock {
            return self.report(e);
        }
        match fut.result(vm) {
            Ok(_) => Ok(()),
            Err(_) if interrupted && cancelled => {
                vm.print_err(if self.tty {
                    "\nKeyboardInterrupt\n"
                } else {
                    "KeyboardInterrupt\n"
                });
                Ok(())
            }
            Err(e) => self.report(e),
        }
    }

    fn cancel(&self, task: &Value) -> Result<(), Exit> {
        match task::cancel(self.vm, task, Value::None) {
            Ok(_) => Ok(()),
            Err(e) => self.report(e),
        }
    }

    /// An exception from a statement: its traceback, and the session goes
    /// on, unless it is SystemExit.
    fn report(&self, e: Exc) -> Result<(), Exit> {
        let vm = self.vm;
        if vm.exc_is(&e, &vm.t.system_exit) {
            return Err(Exit(vm.exit_status(e)));
        }
        vm.exit_status(e);
        Ok(())
    }
}

/// CPython's site module puts `exit` and `quit` in the builtins for
/// interactive use: shown, they say how to leave; called, they leave.
const SITE: &str = "\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
";

fn install_quitters(vm: &'static Vm) {
    let Ok(code) = crate::compile::compile(SITE, "<frozen _sitebuiltins>") else {
        return;
    };
    let module = Rc::new(Module {
        name: Name::new("_sitebuiltins"),
        file: None,
        dict: Namespace::default(),
    });
    module
        .dict
        .insert(Name::new("__name__"), Value::str("_sitebuiltins"));
    if vm.run_module_code(Rc::new(code), &module).is_err() {
        return;
    }
    for name in ["exit", "quit"] {
        let name = Name::new(name);
        if let Some(quitter) = module.dict.get(&name) {
            vm.builtins.dict.insert(name, quitter);
        }
    }
}

/// What the lines entered so far amount to.
enum Entry {
    Complete(Rc<Code>),
    /// The input ends before the statement does (these errors say where).
    Incomplete(Vec<SyntaxError>),
    /// No more lines could make it right.
    Invalid(Vec<SyntaxError>),
}

impl Entry {
    fn compile(source: &str) -> Entry {
        let errors = match crate::compile::compile_interactive(source, FILE) {
            // One entry is one statement: a line at the margin after a
            // block is not the next entry but an error, as in Python's
            // REPL (it reads `single_input`).
            Ok(code) if code.body.len() > 1 && opens_block(&code) => {
                let span = first_token_of_line(source, code.body[1].line);
                return Entry::Invalid(vec![SyntaxError::new("invalid syntax", span)]);
            }
            Ok(code) => return Entry::Complete(Rc::new(code)),
            Err(errors) => errors,
        };
        if errors.iter().any(|e| !e.incomplete) {
            return Entry::Invalid(errors);
        }
        // Inside an unclosed bracket every error looks like the input
        // ending early. Closed at the end, an error that is left (before
        // the closing brackets) is one that no more lines could fix, and
        // Python's REPL reports it at once (`def f(:`).
        let mut open: Vec<&SyntaxError> = Vec::new();
        let lexed = crate::syntax::lexer::tokenize(source);
        open.extend(lexed.errors.iter().filter(|e| e.incomplete));
        open.sort_by_key(|e| std::cmp::Reverse(e.span.start));
        let closers: String = open
            .iter()
            .filter_map(|e| match source.as_bytes().get(e.span.start as usize) {
                Some(b'(') => Some(')'),
                Some(b'[') => Some(']'),
                Some(b'{') => Some('}'),
                _ => None,
            })
            .collect();
        if closers.is_empty() {
            return Entry::Incomplete(errors);
        }
        let closed = format!("{source}{closers}");
        match crate::compile::compile_interactive(&closed, FILE) {
            Err(found) => {
                let definite: Vec<SyntaxError> = found
                    .into_iter()
                    .filter(|e| !e.incomplete && (e.span.end as usize) <= source.len())
                    .collect();
                if definite.is_empty() {
                    Entry::Incomplete(errors)
                } else {
                    Entry::Invalid(definite)
                }
            }
            Ok(_) => Entry::Incomplete(errors),
        }
    }
}

/// The first token of line `line` (1-based) of `source`, for an error.
fn first_token_of_line(source: &str, line: u32) -> crate::syntax::ast::Span {
    let start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &source[start..];
    let indent = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let token = &rest[indent..];
    let len = match token.find(|c: char| !(c.is_alphanumeric() || c == '_')) {
        Some(0) => token.chars().next().map_or(0, char::len_utf8),
        Some(n) => n,
        None => token.trim_end().len(),
    };
    let begin = (start + indent) as u32;
    crate::syntax::ast::Span {
        start: begin,
        end: begin + len as u32,
    }
}

/// Does the text end inside a bracket or a string (which a blank line
/// does not end)?
fn lexer_unfinished(source: &str) -> bool {
    crate::syntax::lexer::tokenize(source)
        .errors
        .iter()
        .any(|e| e.incomplete)
}

/// Does the entry begin with a compound statement (one with a block)?
fn opens_block(code: &Code) -> bool {
    code.body.first().is_some_and(|s| {
        s.kind.is_compound()
            || matches!(
                s.kind,
                StmtKind::If(..) | StmtKind::FunctionDef { .. } | StmtKind::ClassDef(_)
            )
    })
}
