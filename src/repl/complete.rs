//! Tab completion's answers, on the interpreter's thread: the names that
//! can follow what the user typed — keywords, the session's globals and the
//! builtins for a plain name; `dir()` of the value for `value.attr` (as
//! CPython's rlcompleter does, the part before the last dot is looked up,
//! so a property there runs).

use std::rc::Rc;

use crate::interp::{Args, Vm};
use crate::runtime::*;

/// The completions of `word`: a name or a dotted name, its last part
/// possibly partial (`asyncio.ga` -> `gather`). Sorted, each the whole last
/// part.
pub fn candidates(vm: &'static Vm, module: &Rc<Module>, word: &str) -> Vec<String> {
    let (base, prefix) = match word.rsplit_once('.') {
        Some((base, prefix)) => (Some(base), prefix),
        None => (None, word),
    };
    let mut names: Vec<String> = match base {
        None => {
            let mut names: Vec<String> = super::editor::KEYWORDS
                .iter()
                .map(|k| k.to_string())
                .collect();
            names.extend(module.dict.borrow().keys().map(|k| k.to_string()));
            names.extend(vm.builtins.dict.borrow().keys().map(|k| k.to_string()));
            names
        }
        Some(base) => match lookup(vm, module, base) {
            Some(value) => attributes(vm, &value),
            None => Vec::new(),
        },
    };
    names.retain(|n| n.starts_with(prefix) && shown(n, prefix));
    names.sort();
    names.dedup();
    names
}

/// rlcompleter's rule: private names only once the user types `_`, dunder
/// names only once they type `__`.
fn shown(name: &str, prefix: &str) -> bool {
    if prefix.is_empty() {
        !name.starts_with('_')
    } else if prefix == "_" {
        !name.starts_with("__")
    } else {
        true
    }
}

/// The value a dotted name stands for in the session, if it has one.
fn lookup(vm: &'static Vm, module: &Rc<Module>, dotted: &str) -> Option<Value> {
    let mut parts = dotted.split('.');
    let first = Name::new(parts.next()?);
    let mut value = module
        .dict
        .get(&first)
        .or_else(|| vm.builtins.dict.get(&first))?;
    for part in parts {
        if part.is_empty() {
            return None;
        }
        value = vm.getattr(&value, &Name::new(part)).ok()?;
    }
    Some(value)
}

/// `dir(value)`.
fn attributes(vm: &'static Vm, value: &Value) -> Vec<String> {
    let Some(dir) = vm.builtins.dict.get(&Name::new("dir")) else {
        return Vec::new();
    };
    let Ok(list) = vm.call(&dir, Args::new(vec![value.clone()])) else {
        return Vec::new();
    };
    vm.to_vec(&list)
        .unwrap_or_default()
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_attributes_and_keywords() {
        let vm = Vm::new(crate::interp::clock::Clock::new(true));
        let module = vm.main_module(None, Value::None);
        let Ok(asyncio) = vm.import_module("asyncio") else {
            panic!("asyncio imports");
        };
        module.dict.insert(Name::new("asyncio"), asyncio);
        module.dict.insert(Name::new("_hidden"), Value::None);
        assert_eq!(candidates(vm, &module, "asyncio.ga"), ["gather"]);
        assert_eq!(candidates(vm, &module, "asy"), ["async", "asyncio"]);
        assert!(candidates(vm, &module, "pri").contains(&"print".to_string()));
        // Private names only once `_` is typed, dunders only after `__`.
        assert!(!candidates(vm, &module, "asyncio.")
            .iter()
            .any(|n| n.starts_with('_')));
        assert_eq!(candidates(vm, &module, "_h"), ["_hidden"]);
        assert!(candidates(vm, &module, "asyncio.__").contains(&"__name__".to_string()));
        assert!(candidates(vm, &module, "nothing.here").is_empty());
        assert!(candidates(vm, &module, "asyncio..x").is_empty());
    }
}
