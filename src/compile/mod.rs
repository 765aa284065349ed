//! From syntax tree to what the interpreter runs: the checks CPython's
//! compiler makes after parsing (a program can be grammatical and still be
//! a SyntaxError), scope analysis (which names are local, cells, free or
//! global), and lowering to the resolved tree of ir.rs.

mod checks;
pub mod ir;
mod lower;
pub mod scope;
mod unparse;

pub use checks::{check, check_with};

use crate::syntax::ast::{Constant, ExprKind, Stmt, StmtKind};
use crate::syntax::{self, SyntaxError};

/// Does the module start with `from __future__ import annotations`
/// (after its docstring, among its other future imports, where CPython's
/// future.c looks)? Its annotations are then strings (PEP 563), never
/// evaluated.
pub fn future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(Stmt {
        kind: StmtKind::Expr(e),
        ..
    }) = stmts.peek()
    {
        if matches!(e.kind, ExprKind::Constant(Constant::Str(_))) {
            stmts.next();
        }
    }
    for stmt in stmts {
        match &stmt.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                level: 0,
                names,
                ..
            } if m.dotted() == "__future__" => {
                if names.iter().any(|a| a.name.dotted() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Compiles a module's source: its code, or every syntax error in it.
pub fn compile(source: &str, file: &str) -> Result<ir::Code, Vec<SyntaxError>> {
    compile_with(source, file, false, false)
}

/// Compiles code that may `await` at module level (a REPL entry, a
/// notebook cell): run it with `Vm::module_coroutine` when
/// [`ir::Code::top_level_awaits`] says it does. Its module-level expression
/// statements show their values (`StmtKind::Display`).
pub fn compile_interactive(source: &str, file: &str) -> Result<ir::Code, Vec<SyntaxError>> {
    compile_with(source, file, true, true)
}

/// Compiles a notebook cell (a Markdown note's block): top-level `await`
/// as in the REPL, but expression statements show nothing, as in a script
/// — a note's Output block holds what the block prints.
pub fn compile_cell(source: &str, file: &str) -> Result<ir::Code, Vec<SyntaxError>> {
    compile_with(source, file, true, false)
}

fn compile_with(
    source: &str,
    file: &str,
    top_level_await: bool,
    display: bool,
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
        display,
    ))
}
