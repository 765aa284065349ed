//! `import`: built-in modules from stdlib/, and the script's sibling `.py`
//! files and packages, searched in the script's folder and then
//! `WEFT_PATH`. Each module runs once; `sys.modules` remembers it.

use std::path::PathBuf;
use std::rc::Rc;

use super::{Frame, Vm, R};
use crate::runtime::*;

impl Vm {
    /// `import a.b.c`: the top package `a` (or `a.b.c` itself for `as`).
    pub fn import_name(&'static self, dotted: &str, bind_top: bool, _f: &Frame) -> R<Value> {
        let mut last = Value::None;
        let mut top = Value::None;
        let mut prefix = String::new();
        for (i, part) in dotted.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            last = self.import_module(&prefix)?;
            if i == 0 {
                top = last.clone();
            }
        }
        Ok(if bind_top { top } else { last })
    }

    /// The module a `from ... import` reads from.
    pub fn import_from_module(&'static self, module: &str, level: u32, f: &Frame) -> R<Value> {
        let name = if level == 0 {
            module.to_string()
        } else {
            let package = self.current_package(f, level)?;
            if module.is_empty() {
                package
            } else if package.is_empty() {
                module.to_string()
            } else {
                format!("{package}.{module}")
            }
        };
        self.import_name(&name, false, f)
    }

    fn current_package(&'static self, f: &Frame, level: u32) -> R<String> {
        let g = f.globals.dict.borrow();
        let is_package = g.contains_key(&Name::new("__path__"));
        let name = g
            .get(&self.n.name)
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        drop(g);
        let mut parts: Vec<&str> = if name.is_empty() || name == "__main__" {
            return Err(self.new_exc(
                &self.t.import_error,
                "attempted relative import with no known parent package",
            ));
        } else {
            name.split('.').collect()
        };
        if !is_package {
            parts.pop();
        }
        for _ in 1..level {
            if parts.pop().is_none() {
                return Err(self.new_exc(
                    &self.t.import_error,
                    "attempted relative import beyond top-level package",
                ));
            }
        }
        Ok(parts.join("."))
    }

    pub fn import_attr(&'static self, m: &Value, name: &Name) -> R<Value> {
        if let Ok(v) = self.getattr(m, name) {
            return Ok(v);
        }
        if let Value::Module(module) = m {
            let full = format!("{}.{}", module.name, name);
            if let Ok(v) = self.import_module(&full) {
                return Ok(v);
            }
            let place = match &module.file {
                Some(f) => f.to_string(),
                None => "unknown location".into(),
            };
            let path = module.file.as_ref().map(|f| Value::str(&**f));
            return Err(self.import_error(
                &self.t.import_error,
                format!(
                    "cannot import name '{name}' from '{}' ({place})",
                    module.name
                ),
                module.name.as_str(),
                path,
            ));
        }
        Err(self.new_exc(&self.t.import_error, format!("cannot import name '{name}'")))
    }

    /// An ImportError (or subclass) with the `name` and `path` attributes
    /// CPython gives the ones the import system raises.
    fn import_error(
        &self,
        class: &Rc<Class>,
        message: String,
        name: &str,
        path: Option<Value>,
    ) -> super::Exc {
        let e = self.new_exc(class, message);
        let mut d = e.0.dict.borrow_mut();
        d.insert(Name::new("name"), Value::str(name));
        d.insert(Name::new("path"), path.unwrap_or(Value::None));
        drop(d);
        e
    }

    pub fn import_star(&'static self, m: &Value, f: &mut Frame) -> R<()> {
        let Value::Module(module) = m else {
            return Ok(());
        };
        let all = module.dict.borrow().get(&Name::new("__all__")).cloned();
        let names: Vec<Name> = match all {
            Some(all) => self
                .to_vec(&all)?
                .iter()
                .filter_map(|n| n.as_str().map(Name::new))
                .collect(),
            None => module
                .dict
                .borrow()
                .keys()
                .filter(|k| !k.starts_with('_'))
                .cloned()
                .collect(),
        };
        for n in names {
            let v = self.getattr(m, &n)?;
            match &f.ns {
                Some(ns) => {
                    ns.borrow_mut().insert(n, v);
                }
                None => {
                    f.globals.dict.borrow_mut().insert(n, v);
                }
            }
        }
        Ok(())
    }

    /// Imports one module by its full dotted name (its parents already
    /// imported).
    pub fn import_module(&'static self, name: &str) -> R<Value> {
        if let Some(m) = self.modules.borrow().get_str(name) {
            return Ok(m.clone());
        }
        if let Some(m) = crate::stdlib::builtin_module(self, name) {
            self.modules.borrow_mut().set_str(name, m.clone());
            return Ok(m);
        }
        if let Some(source) = crate::stdlib::python_module(name) {
            let file = format!("<frozen {name}>");
            return self.run_source_module(name, &file, source, None);
        }
        let (parent_dirs, last) = match name.rsplit_once('.') {
            Some((parent, last)) => {
                let p = self.modules.borrow().get_str(parent).cloned();
                let dirs = match p {
                    Some(Value::Module(pm)) => match pm.dict.borrow().get(&Name::new("__path__")) {
                        Some(path) => self
                            .to_vec(path)?
                            .iter()
                            .filter_map(|d| d.as_str().map(PathBuf::from))
                            .collect(),
                        None => {
                            return Err(self.import_error(
                                &self.t.module_not_found_error,
                                format!("No module named '{name}'; '{parent}' is not a package"),
                                name,
                                None,
                            ))
                        }
                    },
                    _ => Vec::new(),
                };
                (dirs, last)
            }
            None => (self.path.borrow().clone(), name),
        };
        for dir in parent_dirs {
            let package = dir.join(last).join("__init__.py");
            if package.is_file() {
                return self.load_source_module(name, &package, Some(dir.join(last)));
            }
            let file = dir.join(format!("{last}.py"));
            if file.is_file() {
                return self.load_source_module(name, &file, None);
            }
        }
        Err(self.import_error(
            &self.t.module_not_found_error,
            format!("No module named '{name}'"),
            name,
            None,
        ))
    }

    fn load_source_module(
        &'static self,
        name: &str,
        path: &std::path::Path,
        package_dir: Option<PathBuf>,
    ) -> R<Value> {
        let file = path.display().to_string();
        let bytes =
            std::fs::read(path).map_err(|e| self.new_exc(&self.t.import_error, e.to_string()))?;
        let source = match crate::syntax::decode(&file, &bytes) {
            Ok(s) => s,
            Err((_, e)) => return Err(self.syntax_error_exc(&file, "", &e)),
        };
        self.run_source_module(name, &file, &source, package_dir)
    }

    /// Compiles and runs a module's source, registered in `sys.modules`
    /// while it runs (and removed again if it fails).
    fn run_source_module(
        &'static self,
        name: &str,
        file: &str,
        source: &str,
        package_dir: Option<PathBuf>,
    ) -> R<Value> {
        let code = match crate::compile::compile(source, file) {
            Ok(c) => c,
            Err(errors) => return Err(self.syntax_error_exc(file, source, &errors[0])),
        };
        let module = Rc::new(Module {
            name: Name::new(name),
            file: Some(file.into()),
            dict: Namespace::default(),
        });
        {
            let mut d = module.dict.borrow_mut();
            d.insert(self.n.name.clone(), Value::str(name));
            d.insert(Name::new("__file__"), Value::str(file));
            d.insert(self.n.doc.clone(), code.doc.clone().unwrap_or(Value::None));
            let package = match &package_dir {
                Some(_) => name.to_string(),
                None => name
                    .rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_string()),
            };
            d.insert(Name::new("__package__"), Value::str(package));
            if let Some(dir) = &package_dir {
                d.insert(
                    Name::new("__path__"),
                    Value::list(vec![Value::str(dir.display().to_string())]),
                );
            }
        }
        let value = Value::Module(module.clone());
        self.modules.borrow_mut().set_str(name, value.clone());
        if let Err(e) = self.run_module_code(Rc::new(code), &module) {
            self.modules.borrow_mut().remove_str(name);
            return Err(e);
        }
        // A submodule becomes an attribute of its package.
        if let Some((parent, last)) = name.rsplit_once('.') {
            if let Some(Value::Module(p)) = self.modules.borrow().get_str(parent) {
                p.dict.borrow_mut().insert(Name::new(last), value.clone());
            }
        }
        Ok(self
            .modules
            .borrow()
            .get_str(name)
            .cloned()
            .unwrap_or(value))
    }

    /// A SyntaxError exception for a module that failed to compile.
    pub fn syntax_error_exc(
        &'static self,
        file: &str,
        source: &str,
        e: &crate::syntax::SyntaxError,
    ) -> super::Exc {
        let info = crate::syntax::lexer::line_of(source, e.span.start as usize);
        let class = match e.kind {
            crate::syntax::ErrorKind::IndentationError => &self.t.indentation_error,
            crate::syntax::ErrorKind::TabError => &self.t.tab_error,
            _ => &self.t.syntax_error,
        };
        // CPython's args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
        let start = e.span.start as usize;
        let line_start = source[..start.min(source.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let text = source.get(line_start..info.end).unwrap_or("");
        let column = source
            .get(line_start..start.min(source.len()))
            .map_or(0, |s| s.chars().count())
            + 1;
        let location = Value::tuple(vec![
            Value::str(file),
            Value::Int(info.number as i64),
            Value::Int(column as i64),
            Value::str(format!("{text}\n")),
            Value::Int(info.number as i64),
            Value::Int(column as i64 + 1),
        ]);
        self.exc_with_args(class, vec![Value::str(e.message.as_str()), location])
    }
}
