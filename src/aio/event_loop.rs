//! The event loop, as asyncio's `BaseEventLoop._run_once` runs it: a FIFO
//! queue of ready callbacks and a heap of timers ordered by (deadline,
//! sequence). Each iteration moves every due timer to the back of the ready
//! queue, then runs exactly the callbacks that were ready when it began;
//! what they schedule waits for the next iteration. With nothing ready, the
//! loop waits for the next timer on the interpreter's clock (virtually: it
//! jumps there).

use std::cell::{Cell, RefCell};
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;

/// What a scheduled callback does. The ready queue holds one per waiting
/// task at once when they are all woken together, so no variant is
/// bigger than a Value and a pointer (24 bytes): the rare two-value ones
/// are boxed.
pub enum Job {
    /// A Python callable with its arguments (`loop.call_soon(f, *args)`,
    /// a future's done-callback called with the future).
    Call(Box<Call>),
    /// A task's step, with the exception to throw into its coroutine.
    Step { task: Value, exc: Option<Exc> },
    /// A task woken by the future it waits on (its `fut_waiter`, which
    /// stays that future until the task steps).
    Wakeup { task: Value },
    /// `fut.set_result(None)` unless it was cancelled (sleep's timer;
    /// sleep's coroutine returns its result itself); `fut` may be a task
    /// waiting in person.
    Resolve { fut: Value },
    /// Start a task that closes an async generator dropped while open.
    CloseAgen(Rc<Generator>),
}

const _: () = assert!(std::mem::size_of::<Job>() <= 24);

/// A callable and its arguments.
pub struct Call {
    pub func: Value,
    pub args: Vec<Value>,
}

impl Job {
    pub fn call(func: Value, args: Vec<Value>) -> Job {
        Job::Call(Box::new(Call { func, args }))
    }
}

/// A scheduled callback; cancelling it before it runs skips it.
pub struct Handle {
    pub job: RefCell<Option<Job>>,
    pub cancelled: Cell<bool>,
    /// The deadline of a timer (loop time); 0 for a ready callback.
    pub when: f64,
}

impl Handle {
    pub fn new(job: Job, when: f64) -> Rc<Handle> {
        Rc::new(Handle {
            job: RefCell::new(Some(job)),
            cancelled: Cell::new(false),
            when,
        })
    }
}

/// An entry of the ready queue: most callbacks (task steps, wake-ups,
/// done-callbacks) are never cancelled and need no handle of their own.
enum Ready {
    Job(Job),
    Handle(Rc<Handle>),
}

const _: () = assert!(std::mem::size_of::<Ready>() <= 24);

struct Timer {
    when: f64,
    seq: u64,
    handle: Rc<Handle>,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Timer) -> bool {
        self.seq == other.seq
    }
}

impl Eq for Timer {}

impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Timer) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timer {
    /// Reversed: the heap's top is the earliest deadline, then the first
    /// scheduled.
    fn cmp(&self, other: &Timer) -> std::cmp::Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then(other.seq.cmp(&self.seq))
    }
}

/// The clock resolution asyncio uses to decide that a timer is due.
const RESOLUTION: f64 = 1e-9;

pub struct EventLoop {
    ready: RefCell<VecDeque<Ready>>,
    timers: RefCell<BinaryHeap<Timer>>,
    seq: Cell<u64>,
    pub running: Cell<bool>,
    pub stopping: Cell<bool>,
    pub closed: Cell<bool>,
    pub debug: Cell<bool>,
    /// The task whose step is running.
    pub current_task: RefCell<Option<Value>>,
    /// Every task not yet done, by creation serial (asyncio.all_tasks, in
    /// creation order; a task leaves in O(log n) when it finishes).
    pub tasks: RefCell<super::task_table::TaskTable>,
    pub task_serial: Cell<u64>,
    pub exception_handler: RefCell<Option<Value>>,
    /// The Python object that stands for this loop.
    pub object: RefCell<Option<Value>>,
    /// The async generators iterated under this loop (shutdown_asyncgens).
    pub asyncgens: RefCell<Vec<std::rc::Weak<Generator>>>,
    /// Callbacks scheduled while the ready queue was busy (from a drop).
    deferred: RefCell<Vec<Job>>,
    /// Futures that died with an exception nobody retrieved, to report.
    pub unretrieved: RefCell<Vec<super::future::FutureObj>>,
}

impl EventLoop {
    pub fn new() -> Rc<EventLoop> {
        Rc::new(EventLoop {
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(BinaryHeap::new()),
            seq: Cell::new(0),
            running: Cell::new(false),
            stopping: Cell::new(false),
            closed: Cell::new(false),
            debug: Cell::new(false),
            current_task: RefCell::new(None),
            tasks: RefCell::new(Default::default()),
            task_serial: Cell::new(0),
            exception_handler: RefCell::new(None),
            object: RefCell::new(None),
            unretrieved: RefCell::new(Vec::new()),
            asyncgens: RefCell::new(Vec::new()),
            deferred: RefCell::new(Vec::new()),
        })
    }

    pub fn time(&self, vm: &Vm) -> f64 {
        vm.clock.monotonic()
    }

    /// `call_soon`: runs in the next iteration, after what is already ready.
    pub fn call_soon(&self, job: Job) {
        self.ready.borrow_mut().push_back(Ready::Job(job));
    }

    /// `call_soon` with a handle to cancel it by (`loop.call_soon`).
    pub fn call_soon_handle(&self, job: Job) -> Rc<Handle> {
        let h = Handle::new(job, 0.0);
        self.ready.borrow_mut().push_back(Ready::Handle(h.clone()));
        h
    }

    /// `call_soon` from a destructor, which may run while the ready queue
    /// is borrowed: then the job waits for the start of the next iteration.
    pub fn call_soon_from_drop(&self, job: Job) {
        match self.ready.try_borrow_mut() {
            Ok(mut ready) => ready.push_back(Ready::Job(job)),
            Err(_) => self.deferred.borrow_mut().push(job),
        }
    }

    /// `call_at`: runs once the loop's time reaches `when`.
    pub fn call_at(&self, when: f64, job: Job) -> Rc<Handle> {
        let h = Handle::new(job, when);
        let seq = self.seq.get();
        self.seq.set(seq + 1);
        self.timers.borrow_mut().push(Timer {
            when,
            seq,
            handle: h.clone(),
        });
        h
    }

    /// How long the next iteration would wait for a timer: zero when a
    /// callback is ready, None when nothing at all is scheduled. The REPL
    /// waits for input instead, for as long as this allows.
    pub fn next_wait(&self, vm: &Vm) -> Option<f64> {
        if !self.ready.borrow().is_empty() || !self.deferred.borrow().is_empty() {
            return Some(0.0);
        }
        let mut timers = self.timers.borrow_mut();
        while timers.peek().is_some_and(|t| t.handle.cancelled.get()) {
            timers.pop();
        }
        timers.peek().map(|t| (t.when - self.time(vm)).max(0.0))
    }

    pub fn has_pending(&self) -> bool {
        !self.ready.borrow().is_empty() || !self.timers.borrow().is_empty()
    }

    /// One iteration. Errors are KeyboardInterrupt and SystemExit, which
    /// leave the loop.
    pub fn run_once(self: &Rc<Self>, vm: &'static Vm) -> R<()> {
        self.report_unretrieved(vm)?;
        let deferred = std::mem::take(&mut *self.deferred.borrow_mut());
        for job in deferred {
            self.call_soon(job);
        }
        // Drop cancelled timers from the head of the heap.
        {
            let mut timers = self.timers.borrow_mut();
            while timers.peek().is_some_and(|t| t.handle.cancelled.get()) {
                timers.pop();
            }
        }
        let wait = if !self.ready.borrow().is_empty() || self.stopping.get() {
            0.0
        } else {
            match self.timers.borrow().peek() {
                Some(t) => (t.when - self.time(vm)).max(0.0),
                None => 0.0,
            }
        };
        if wait > 0.0 {
            vm.flush();
            vm.clock.sleep(wait);
        }
        vm.check_interrupt()?;
        let end = self.time(vm) + RESOLUTION;
        {
            let mut timers = self.timers.borrow_mut();
            let mut ready = self.ready.borrow_mut();
            while timers.peek().is_some_and(|t| t.when < end) {
                if let Some(t) = timers.pop() {
                    ready.push_back(Ready::Handle(t.handle));
                }
            }
        }
        let ntodo = self.ready.borrow().len();
        for _ in 0..ntodo {
            let Some(entry) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            match entry {
                Ready::Job(job) => self.run_job(vm, None, job)?,
                Ready::Handle(h) => {
                    if h.cancelled.get() {
                        continue;
                    }
                    let Some(job) = h.job.borrow_mut().take() else {
                        continue;
                    };
                    self.run_job(vm, Some(&h), job)?;
                }
            }
        }
        Ok(())
    }

    /// "Task exception was never retrieved", through the exception
    /// handler, for every future that died holding one.
    pub fn report_unretrieved(self: &Rc<Self>, vm: &'static Vm) -> R<()> {
        loop {
            let Some(ghost) = self.unretrieved.borrow_mut().pop() else {
                return Ok(());
            };
            let message = match ghost.task {
                Some(_) => "Task exception was never retrieved",
                None => "Future exception was never retrieved",
            };
            let Some(exc) = ghost.exception_exc() else {
                continue;
            };
            let fut = super::future::wrap(vm, ghost);
            let ctx = super::exception_context(vm, message, &exc);
            if let Value::Dict(d) = &ctx {
                d.borrow_mut().set_str("future", fut);
            }
            super::call_exception_handler(vm, self, ctx)?;
        }
    }

    fn run_job(self: &Rc<Self>, vm: &'static Vm, h: Option<&Rc<Handle>>, job: Job) -> R<()> {
        let (r, func, args) = match job {
            Job::Step { task, exc } => return super::task::step(vm, &task, exc),
            Job::Wakeup { task } => return super::task::wakeup(vm, &task),
            Job::Resolve { fut } => {
                return super::sync::set_result_unless_cancelled(vm, &fut, Value::None)
            }
            Job::CloseAgen(gen) => {
                let coro = vm.agen_close_coroutine(gen);
                let class = super::types(vm).task.clone();
                return super::task::new_task(vm, &class, self, coro, None).map(|_| ());
            }
            Job::Call(c) => {
                let Call { func, args } = *c;
                (vm.call(&func, Args::new(args.clone())), func, args)
            }
        };
        match r {
            Ok(_) => Ok(()),
            Err(e) if is_fatal(vm, &e) => Err(e),
            Err(e) => {
                // As asyncio's Handle._run reports it: the callback and
                // its arguments, and the handle (which keeps its callback).
                let source = super::callback_source(vm, &func, &args)?;
                let h = match h {
                    Some(h) => {
                        *h.job.borrow_mut() = Some(Job::call(func, args));
                        h.clone()
                    }
                    None => Handle::new(Job::call(func, args), 0.0),
                };
                let message = format!("Exception in callback {source}");
                let ctx = super::exception_context(vm, &message, &e);
                if let Value::Dict(d) = &ctx {
                    let handle = super::api::new_handle(vm, h.clone(), h.when > 0.0);
                    d.borrow_mut().set_str("handle", handle);
                }
                super::call_exception_handler(vm, self, ctx)
            }
        }
    }

    /// Is the loop waiting on nothing that could ever wake it?
    pub fn is_stalled(&self) -> bool {
        self.ready.borrow().is_empty()
            && self
                .timers
                .borrow()
                .iter()
                .all(|t| t.handle.cancelled.get())
    }

    /// Forgets every callback (loop.close()).
    pub fn clear(&self) {
        self.ready.borrow_mut().clear();
        self.timers.borrow_mut().clear();
    }
}

/// KeyboardInterrupt and SystemExit stop the loop; other errors in
/// callbacks go to the exception handler.
pub fn is_fatal(vm: &Vm, e: &Exc) -> bool {
    vm.exc_is(e, &vm.t.keyboard_interrupt) || vm.exc_is(e, &vm.t.system_exit)
}
