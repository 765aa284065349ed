//! The child side of testing a Markdown note: runs its Python blocks top
//! to bottom in one `__main__` namespace, like a notebook, and marks on
//! stdout and stderr where each block's output ends.
//!
//! After block `i` the child writes `\n{frame} {i} ok|raised\n` to stdout
//! and `\n{frame} {i}\n` to stderr, `frame` being a random token the parent
//! chose, so that no program output can forge a mark. The newline before a
//! mark is the child's own, so the parent recovers each block's output
//! exactly. Marks are streamed: when the parent kills a block that runs
//! too long, what the finished blocks printed is already there.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;

use crate::interp::Args;
use crate::interp::{Vm, R};
use crate::runtime::value::Value;
use crate::runtime::{Module, Name};

use super::markdown::{self, Directive};

/// Runs the note at `path`; the exit status is 0 unless the file could not
/// be read (a block that raises is reported in its mark, not here).
pub fn run(path: &Path, virtual_time: bool, frame: &str) -> ExitCode {
    let name = path.display().to_string();
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("weft: can't open file '{name}': {e}");
            return ExitCode::from(2);
        }
    };
    let vm = Vm::new(crate::interp::clock::Clock::new(virtual_time));
    crate::interp::interrupt::install();
    let dir = std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    *vm.path.borrow_mut() = vec![dir];
    *vm.argv.borrow_mut() = vec![name.clone()];
    let module = vm.main_module(Some(&name), Value::None);
    for (index, block) in markdown::blocks(&text).iter().enumerate() {
        if block.directive == Directive::Skip {
            continue;
        }
        let source = block.padded_source();
        let raised = match crate::compile::compile_cell(&source, &name) {
            Err(errors) => {
                vm.flush();
                let report = crate::diag::syntax_errors(&name, &source, &errors, false);
                let _ = std::io::stderr().write_all(report.as_bytes());
                true
            }
            Ok(code) => {
                let code = Rc::new(code);
                let result = if code.top_level_awaits() {
                    run_awaiting(vm, code, &module)
                } else {
                    vm.run_module_code(code, &module)
                };
                match result {
                    Ok(()) => false,
                    Err(e) => {
                        vm.flush();
                        let text = vm.format_traceback(&e);
                        let _ = std::io::stderr().write_all(text.as_bytes());
                        if vm.exc_is(&e, &vm.t.keyboard_interrupt) {
                            // Ctrl-C, or the parent stopping a block that
                            // ran too long: the notebook ends here, and the
                            // block is left unmarked as the one that stopped.
                            crate::interp::interrupt::exit_by_sigint();
                            return ExitCode::from(crate::interp::interrupt::EXIT_STATUS as u8);
                        }
                        true
                    }
                }
            }
        };
        vm.flush();
        let status = if raised { "raised" } else { "ok" };
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "\n{frame} {index} {status}\n");
        let _ = out.flush();
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\n{frame} {index}\n");
        let _ = err.flush();
    }
    ExitCode::SUCCESS
}

/// Runs a block that awaits at top level to completion on the current
/// event loop (made, and set as current, when there is none or it is
/// closed), so that it can await a task that an earlier block scheduled.
fn run_awaiting(vm: &'static Vm, code: Rc<crate::compile::ir::Code>, module: &Rc<Module>) -> R<()> {
    let asyncio = vm.import_module("asyncio")?;
    let call = |obj: &Value, name: &str, args: Vec<Value>| {
        vm.call_method(obj, &Name::new(name), Args::new(args))
    };
    let mut lp = call(&asyncio, "get_event_loop", vec![])?;
    if vm.truthy(&call(&lp, "is_closed", vec![])?)? {
        lp = call(&asyncio, "new_event_loop", vec![])?;
        call(&asyncio, "set_event_loop", vec![lp.clone()])?;
    }
    let coroutine = vm.module_coroutine(code, module);
    call(&lp, "run_until_complete", vec![coroutine])?;
    Ok(())
}
