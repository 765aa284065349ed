//! From syntax tree to what the interpreter runs: the checks CPython's
//! compiler makes after parsing (a program can be grammatical and still be
//! a SyntaxError), scope analysis (which names are local, cells, free or
//! global), and lowering to the resolved tree of ir.rs.

mod checks;
pub mod ir;
mod lower;
pub mod scope;

pub use checks::{check, check_with};

use crate::syntax::{self, SyntaxError};

/// Compiles a module's source: its code, or every syntax error in it.
pub fn compile(source: &str, file: &str) -> Result<ir::Code, Vec<SyntaxError>> {
    compile_with(source, file, false)
}

/// Compiles code that may `await` at module level (a REPL entry, a
/// notebook cell): run it with `Vm::module_coroutine` when
/// [`ir::Code::top_level_awaits`] says it does. Its module-level expression
/// statements show their values (`StmtKind::Display`).
pub fn compile_interactive(source: &str, file: &str) -> Result<ir::Code, Vec<SyntaxError>> {
    compile_with(source, file, true)
}

fn compile_with(
    source: &str,
    file: &str,
    top_level_await: bool,
) -> Result<ir::Code, Vec<SyntaxError>> {
    let parsed = syntax::check_with(source, top_level_await);
    if !parsed.errors.is_empty() {
        return Err(parsed.errors);
    }
    let (scopes, errors) = scope::analyze(&parsed.module);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(lower::lower_module(
        &parsed.module,
        &scopes,
        file,
        source,
        top_level_await,
    ))
}
