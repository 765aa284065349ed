//! The interpreter: a recursive evaluator over the resolved tree of
//! compile/ir.rs. `Vm` holds what every frame shares (built-in types and
//! modules, the recursion counter, output, the clock); a `Frame` holds one
//! call's slots. Python exceptions travel as `Err(Exc)`.

mod attr;
mod call;
pub mod clock;
pub mod complex;
mod containers;
mod coro;
mod delegate;
mod eval;
pub mod exc_group;
mod exec;
mod gen;
mod import;
pub mod interrupt;
mod iter;
mod metaclass;
mod num;
mod ops;
pub mod os_error;
mod pattern;
mod repr;
mod subclass;
mod suspendable;
mod traceback;
pub mod types;

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use crate::compile::ir::Code;
use crate::runtime::*;

pub use call::Args;
pub use coro::{AgenAwait, AgenOp};
pub use delegate::{await_begin, await_end, resumed, suspend_with, AwaitFuture, YieldOnce};
pub use gen::{Resume, Step};
pub use repr::addr;
pub use traceback::{source_line, TbOptions};
pub use types::Types;

thread_local! {
    static CURRENT: Cell<Option<&'static Vm>> = const { Cell::new(None) };
}

/// The interpreter running on this thread (for conversions that have no
/// other way to reach it).
pub fn current() -> &'static Vm {
    CURRENT
        .with(|c| c.get())
        .expect("an interpreter on this thread")
}

/// The interpreter on this thread, if one is running.
pub fn try_current() -> Option<&'static Vm> {
    CURRENT.try_with(|c| c.get()).ok().flatten()
}

/// A raised Python exception: an instance of a BaseException subclass.
#[derive(Clone)]
pub struct Exc(pub Rc<Instance>);

pub type R<T> = Result<T, Exc>;

impl Exc {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn data(&self) -> std::cell::RefMut<'_, ExcData> {
        self.0.exc.as_ref().expect("an exception").borrow_mut()
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.0.class
    }
}

/// One activation of a code object.
pub struct Frame {
    pub code: Rc<Code>,
    pub locals: Vec<Option<Value>>,
    /// Boxed slice, not a Vec: a frame is part of every suspended
    /// coroutine, and never gains cells.
    pub cells: Box<[Rc<CellObj>]>,
    pub globals: Rc<Module>,
    /// The namespace a class body fills.
    pub ns: Option<Rc<RefCell<Attrs>>>,
    /// Unique per activation: tracebacks record each frame once.
    pub id: u64,
    /// What `return` returns (see `Flow::Return`).
    pub ret: Value,
    /// For a generator's or coroutine's frame: the generator, which keeps
    /// its current line for reprs of suspended coroutines.
    pub line: Option<std::rc::Weak<Generator>>,
}

/// Where output goes instead of the process's streams (see `Output`).
pub type Sink = Box<dyn FnMut(&[u8])>;

/// Buffered standard output, flushed before anything goes to stderr and
/// on every exit path, so that no printed output is ever lost.
pub struct Output {
    buf: Vec<u8>,
    /// Where both streams go instead of the process's stdout and stderr:
    /// the REPL's line editor, which prints above the prompt being edited.
    sink: Option<Sink>,
}

impl Output {
    pub fn write(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() > 1 << 16 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if let Some(sink) = &mut self.sink {
            if !self.buf.is_empty() {
                sink(&self.buf);
            }
        } else {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
        }
        self.buf.clear();
    }

    /// Writes to standard error, after what standard output holds.
    pub fn write_err(&mut self, bytes: &[u8]) {
        self.flush();
        match &mut self.sink {
            Some(sink) => sink(bytes),
            None => {
                let _ = std::io::stderr().lock().write_all(bytes);
            }
        }
    }

    /// Sends both streams to `sink` from now on (None: back to stdout and
    /// stderr).
    pub fn redirect(&mut self, sink: Option<Sink>) {
        self.flush();
        self.sink = sink;
    }
}

pub struct Vm {
    pub t: Types,
    pub builtins: Rc<Module>,
    /// Imported modules by name: `sys.modules` itself.
    pub modules: Rc<RefCell<Dict>>,
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// The stack address where evaluation began: calls stop short of the
    /// thread's stack whatever the recursion limit says.
    stack_base: Cell<usize>,
    frames: Cell<u64>,
    pub out: RefCell<Output>,
    pub clock: clock::Clock,
    /// Values passed between a generator and whoever resumes it.
    pub transfer: RefCell<Option<Value>>,
    pub resume_slot: RefCell<Option<gen::Resume>>,
    /// Is the running coroutine resumed by a task's step through nothing
    /// but awaits (no Python code driving it by hand)? Its waits may then
    /// leave the task itself on a primitive's waiters (`aio::task`).
    pub task_driven: Cell<bool>,
    /// Slot vectors of finished calls, reused by the next calls.
    slot_pool: RefCell<Vec<Vec<Option<Value>>>>,
    /// Containers whose repr is being computed (self-reference shows `...`).
    pub repr_stack: RefCell<Vec<usize>>,
    /// Class bodies whose metaclass's `__prepare__` returned a mapping
    /// with its own `__setitem__` (enum's): the namespace's address and
    /// that mapping, which sees every store the body makes.
    pub class_mappings: RefCell<Vec<(usize, Value)>>,
    /// Exceptions being handled (innermost last): implicit chaining and
    /// bare `raise` read it.
    pub handling: RefCell<Vec<Value>>,
    /// What Ctrl-C calls instead of raising KeyboardInterrupt (asyncio.run
    /// installs one that cancels its main task).
    pub sigint_handler: RefCell<Option<Value>>,
    pub path: RefCell<Vec<PathBuf>>,
    pub argv: RefCell<Vec<String>>,
    pub n: types::Names,
    /// asyncio's loops, tasks and classes.
    pub aio: crate::aio::State,
    /// Set by an async generator's `yield` (see coro.rs).
    pub async_yield: Cell<bool>,
}

/// How much of the worker thread's stack evaluation may use.
const STACK_BUDGET: usize = 200 * 1024 * 1024;

impl Vm {
    pub fn new(clock: clock::Clock) -> &'static Vm {
        let t = Types::new();
        let builtins = Rc::new(Module {
            name: Name::new("builtins"),
            file: None,
            dict: Namespace::default(),
        });
        let vm: &'static Vm = Box::leak(Box::new(Vm {
            t,
            builtins,
            modules: Rc::new(RefCell::new(Dict::new())),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_base: Cell::new(0),
            frames: Cell::new(0),
            out: RefCell::new(Output {
                buf: Vec::new(),
                sink: None,
            }),
            clock,
            transfer: RefCell::new(None),
            resume_slot: RefCell::new(None),
            task_driven: Cell::new(false),
            slot_pool: RefCell::new(Vec::new()),
            repr_stack: RefCell::new(Vec::new()),
            class_mappings: RefCell::new(Vec::new()),
            handling: RefCell::new(Vec::new()),
            sigint_handler: RefCell::new(None),
            path: RefCell::new(Vec::new()),
            argv: RefCell::new(Vec::new()),
            n: types::Names::new(),
            aio: crate::aio::State::default(),
            async_yield: Cell::new(false),
        }));
        CURRENT.with(|c| c.set(Some(vm)));
        types::install(vm);
        crate::stdlib::install(vm);
        vm
    }

    pub fn next_frame_id(&self) -> u64 {
        let id = self.frames.get() + 1;
        self.frames.set(id);
        id
    }

    pub fn print(&self, text: &str) {
        self.out.borrow_mut().write(text.as_bytes());
    }

    pub fn flush(&self) {
        self.out.borrow_mut().flush();
    }

    /// Writes to standard error (after flushing standard output).
    pub fn print_err(&self, text: &str) {
        self.out.borrow_mut().write_err(text.as_bytes());
    }

    /// Enters a Python call: RecursionError past the limit, or when the
    /// native stack runs short.
    pub fn enter(&'static self) -> R<()> {
        let depth = self.depth.get() + 1;
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        if self.stack_base.get() == 0 {
            self.stack_base.set(here);
        }
        let used = self.stack_base.get().saturating_sub(here);
        if depth > self.recursion_limit.get() || used > STACK_BUDGET {
            return Err(self.new_exc(&self.t.recursion_error, "maximum recursion depth exceeded"));
        }
        if interrupt::pending() {
            self.interrupt()?;
        }
        self.depth.set(depth);
        Ok(())
    }

    pub fn leave(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    // ---- exceptions -------------------------------------------------

    /// A new exception of `class` with one string argument.
    pub fn new_exc(&self, class: &Rc<Class>, message: impl Into<String>) -> Exc {
        self.exc_with_args(class, vec![Value::str(message.into())])
    }

    pub fn exc_with_args(&self, class: &Rc<Class>, args: Vec<Value>) -> Exc {
        Exc(Rc::new(Instance {
            class: class.clone(),
            dict: RefCell::new(InstanceAttrs::default()),
            exc: Some(Box::new(RefCell::new(ExcData {
                args,
                ..ExcData::default()
            }))),
            native: None,
        }))
    }

    pub fn type_error(&self, message: impl Into<String>) -> Exc {
        self.new_exc(&self.t.type_error, message)
    }

    pub fn value_error(&self, message: impl Into<String>) -> Exc {
        self.new_exc(&self.t.value_error, message)
    }

    pub fn index_error(&self, message: impl Into<String>) -> Exc {
        self.new_exc(&self.t.index_error, message)
    }

    pub fn key_error(&self, key: Value) -> Exc {
        self.exc_with_args(&self.t.key_error, vec![key])
    }

    pub fn attr_error(&self, message: impl Into<String>) -> Exc {
        self.new_exc(&self.t.attribute_error, message)
    }

    pub fn zero_division(&self, message: &str) -> Exc {
        self.new_exc(&self.t.zero_division_error, message)
    }

    pub fn overflow(&self, message: &str) -> Exc {
        self.new_exc(&self.t.overflow_error, message)
    }

    pub fn runtime_error(&self, message: impl Into<String>) -> Exc {
        self.new_exc(&self.t.runtime_error, message)
    }

    pub fn stop_iteration(&self, value: Value) -> Exc {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.exc_with_args(&self.t.stop_iteration, args)
    }

    /// Is the exception an instance of `class` (or a subclass)?
    pub fn exc_is(&self, e: &Exc, class: &Rc<Class>) -> bool {
        e.class().is_subclass(class)
    }

    // ---- running a program -------------------------------------------

    /// Runs a main program. Its exit status: 0, 1 after an uncaught
    /// exception (traceback printed), or what `sys.exit` asked for.
    pub fn run_main(&'static self, code: Code, path: &str) -> i32 {
        let doc = code.doc.clone().unwrap_or(Value::None);
        let module = self.main_module(Some(path), doc);
        let result = self.run_module_code(Rc::new(code), &module);
        let status = match result {
            Ok(()) => 0,
            Err(e) => self.exit_status(e),
        };
        self.flush();
        status
    }

    /// A new `__main__` module, registered in `sys.modules`: a script's
    /// (with its `__file__`) or the REPL's (without).
    pub fn main_module(&'static self, file: Option<&str>, doc: Value) -> Rc<Module> {
        let module = Rc::new(Module {
            name: Name::new("__main__"),
            file: file.map(Into::into),
            dict: Namespace::default(),
        });
        {
            let mut d = module.dict.borrow_mut();
            d.insert(Name::new("__name__"), Value::str("__main__"));
            if let Some(file) = file {
                d.insert(Name::new("__file__"), Value::str(file));
            }
            d.insert(Name::new("__doc__"), doc);
            d.insert(
                Name::new("__builtins__"),
                Value::Module(self.builtins.clone()),
            );
        }
        self.modules
            .borrow_mut()
            .set_str("__main__", Value::Module(module.clone()));
        module
    }

    pub fn run_module_code(&'static self, code: Rc<Code>, module: &Rc<Module>) -> R<()> {
        let mut frame = self.module_frame(code.clone(), module, None);
        self.exec_block(&code.body, &mut frame).map(|_| ())
    }

    /// The frame module-level code runs in: its names are the module's.
    pub(crate) fn module_frame(
        &self,
        code: Rc<Code>,
        module: &Rc<Module>,
        line: Option<std::rc::Weak<Generator>>,
    ) -> Frame {
        Frame {
            locals: Vec::new(),
            cells: Box::default(),
            globals: module.clone(),
            ns: None,
            id: self.next_frame_id(),
            ret: Value::None,
            line,
            code,
        }
    }

    /// What an exception that reached the top means: SystemExit's code,
    /// or a traceback and status 1.
    pub fn exit_status(&'static self, e: Exc) -> i32 {
        if self.exc_is(&e, &self.t.system_exit) {
            let code = e.data().args.first().cloned().unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let text = self.str_of(&other).unwrap_or_default();
                    self.print_err(&format!("{text}\n"));
                    1
                }
            };
        }
        let text = self.format_traceback(&e);
        self.print_err(&text);
        // Killed by Ctrl-C, as a shell reports it.
        if self.exc_is(&e, &self.t.keyboard_interrupt) {
            return interrupt::EXIT_STATUS;
        }
        1
    }
}
