//! Values and the object model: what a Python value is in weft, the
//! built-in containers (dict, set) and the hash functions they use.

pub mod dict;
pub mod format;
pub mod hash;
pub mod inst_attrs;
pub mod name;
pub mod object;
pub mod set;
pub mod unicode;
pub mod value;

pub use dict::Dict;
pub use hash::str_hash;
pub use inst_attrs::InstanceAttrs;
pub use name::{Attrs, Name};
pub use object::*;
pub use set::Set;
pub use value::{Str, Value};
