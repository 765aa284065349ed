//! Methods of the built-in types, one file per family.

mod bytearray;
pub mod bytes;
mod bytes_text;
pub mod codecs;
mod dict;
mod generic;
mod list;
mod object;
mod set;
mod str;

use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn install(vm: &'static Vm) {
    str::install(vm);
    list::install(vm);
    dict::install(vm);
    set::install(vm);
    object::install(vm);
    crate::interp::os_error::install(vm);
    generic::install(vm);
    bytes::install(vm);
    bytearray::install(vm);
    super::file::install(vm);
}

/// The receiver of a str method.
pub fn recv_str<'a>(vm: &Vm, a: &'a [Value], name: &str) -> R<&'a str> {
    match a.first() {
        Some(Value::Str(s)) => Ok(&s.text),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        ))),
    }
}
