//! From syntax tree to what the interpreter runs. So far: the checks
//! CPython's compiler makes after parsing (a program can be grammatical
//! and still be a SyntaxError), reported by `weft check` beside parse errors.

mod checks;

pub use checks::check;
