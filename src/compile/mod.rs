//! From syntax tree to what the interpreter runs. So far: the checks
//! CPython's compiler makes after parsing (a program can be grammatical
//! and still be a SyntaxError), and scope analysis (which names are local,
//! cells, free or global), both reported by `weft check` beside parse errors.

mod checks;
pub mod scope;

pub use checks::check;
