//! weft: a small, fast, Python-compatible scripting language with async at
//! its heart. See docs/DESIGN.md for the map of the pipeline.

pub mod aio;
pub mod cli;
pub mod compile;
pub mod diag;
pub mod interp;
pub mod repl;
pub mod runtime;
pub mod snapshot;
pub mod stdlib;
pub mod syntax;
