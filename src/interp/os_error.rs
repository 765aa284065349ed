//! OSError as CPython builds it (Objects/exceptions.c): `OSError(errno,
//! strerror[, filename[, winerror[, filename2]]])` keeps errno, strerror
//! and the file names as attributes, leaves only `(errno, strerror)` in
//! `args` when a file name is given, and, called on OSError itself, picks
//! the subclass that the errno stands for.

use std::rc::Rc;

use super::{Args, Exc, Vm, R};
use crate::runtime::*;

/// The subclass of OSError an errno stands for (Linux numbers).
fn errno_class(vm: &Vm, errno: i64) -> Option<&Rc<Class>> {
    let t = &vm.t;
    Some(match errno {
        1 | 13 => &t.permission_error,          // EPERM, EACCES
        2 => &t.file_not_found_error,           // ENOENT
        3 => &t.process_lookup_error,           // ESRCH
        4 => &t.interrupted_error,              // EINTR
        10 => &t.child_process_error,           // ECHILD
        11 | 114 | 115 => &t.blocking_io_error, // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        17 => &t.file_exists_error,             // EEXIST
        20 => &t.not_a_directory_error,         // ENOTDIR
        21 => &t.is_a_directory_error,          // EISDIR
        32 | 108 => &t.broken_pipe_error,       // EPIPE, ESHUTDOWN
        103 => &t.connection_aborted_error,     // ECONNABORTED
        104 => &t.connection_reset_error,       // ECONNRESET
        110 => &t.timeout_error,                // ETIMEDOUT
        111 => &t.connection_refused_error,     // ECONNREFUSED
        _ => return None,
    })
}

/// Installs `OSError.__new__` and `OSError.__init__`.
pub fn install(vm: &'static Vm) {
    let new = crate::stdlib::builtin("__new__", |vm, a, kw| {
        let Some(Value::Class(c)) = a.first() else {
            return Err(vm.type_error("OSError.__new__(X): X is not a type object"));
        };
        vm.os_error_new(c, &a[1..], kw)
    });
    let init = crate::stdlib::builtin("__init__", |vm, a, kw| {
        let Some(Value::Instance(i)) = a.first() else {
            return Err(
                vm.type_error("descriptor '__init__' of 'OSError' object needs an argument")
            );
        };
        if vm.os_error_uses_init(&i.class) {
            if !kw.is_empty() {
                return Err(no_keywords(vm, &i.class));
            }
            vm.os_error_fill(i, &a[1..])?;
        }
        Ok(Value::None)
    });
    let mut d = vm.t.os_error.dict.borrow_mut();
    d.insert(Name::new("__new__"), Value::StaticMethod(Rc::new(new)));
    d.insert(Name::new("__init__"), init);
}

fn no_keywords(vm: &Vm, class: &Class) -> Exc {
    vm.type_error(format!("{}() takes no keyword arguments", class.name))
}

impl Vm {
    /// A subclass that defines `__init__` but not `__new__` gets its
    /// attributes from `OSError.__init__` (CPython's `oserror_use_init`).
    fn os_error_uses_init(&self, class: &Rc<Class>) -> bool {
        let own = self.t.os_error.dict.borrow();
        let is_own = |name: &Name, v: Option<Value>| match (own.get(name), v) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        };
        !is_own(&self.n.init, class.lookup(&self.n.init))
            && is_own(&self.n.new, class.lookup(&self.n.new))
    }

    fn os_error_new(
        &'static self,
        cls: &Rc<Class>,
        args: &[Value],
        kw: &[(Name, Value)],
    ) -> R<Value> {
        if self.os_error_uses_init(cls) {
            return Ok(self.new_instance(cls, &Args::default()));
        }
        if !kw.is_empty() {
            return Err(no_keywords(self, cls));
        }
        let mut class = cls;
        if Rc::ptr_eq(cls, &self.t.os_error) && (2..=5).contains(&args.len()) {
            let errno = match &args[0] {
                Value::Int(n) => Some(*n),
                Value::Bool(b) => Some(*b as i64),
                _ => None,
            };
            if let Some(sub) = errno.and_then(|n| errno_class(self, n)) {
                class = sub;
            }
        }
        let v = self.new_instance(class, &Args::new(args.to_vec()));
        if let Value::Instance(i) = &v {
            self.os_error_fill(i, args)?;
        }
        Ok(v)
    }

    /// Parses the arguments into the attributes (`oserror_init`).
    fn os_error_fill(&'static self, i: &Rc<Instance>, args: &[Value]) -> R<()> {
        let mut fields = OsErrorFields::default();
        let mut kept = args.to_vec();
        if (2..=5).contains(&args.len()) {
            fields.errno = Some(args[0].clone());
            fields.strerror = Some(args[1].clone());
            if let Some(filename) = args.get(2).filter(|f| !f.is_none()) {
                let number = matches!(
                    filename,
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
                );
                if Rc::ptr_eq(&i.class, &self.t.blocking_io_error) && number {
                    fields.written = Some(self.index_of(filename)?.ok_or_else(|| {
                        self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(filename)
                        ))
                    })?);
                } else {
                    fields.filename = Some(filename.clone());
                    fields.filename2 = args.get(4).filter(|f| !f.is_none()).cloned();
                    kept.truncate(2);
                }
            }
        }
        if let Some(e) = &i.exc {
            let mut e = e.borrow_mut();
            e.args = kept;
            e.os = Some(Box::new(fields));
        }
        Ok(())
    }

    /// An OSError raised by weft itself: `[Errno n] text: 'filename'`.
    pub fn new_os_error(
        &self,
        class: &Rc<Class>,
        errno: i64,
        strerror: &str,
        filename: Option<Value>,
    ) -> Exc {
        let e = self.exc_with_args(class, vec![Value::Int(errno), Value::str(strerror)]);
        e.data().os = Some(Box::new(OsErrorFields {
            errno: Some(Value::Int(errno)),
            strerror: Some(Value::str(strerror)),
            filename,
            ..OsErrorFields::default()
        }));
        e
    }

    /// `errno`, `strerror`, `filename`, `filename2`, `characters_written`.
    pub fn os_error_attr(&self, e: &ExcData, class: &Rc<Class>, name: &str) -> Option<R<Value>> {
        let f = e.os.as_deref();
        let get = |v: Option<&Option<Value>>| Ok(v.cloned().flatten().unwrap_or(Value::None));
        Some(match name {
            "errno" => get(f.map(|f| &f.errno)),
            "strerror" => get(f.map(|f| &f.strerror)),
            "filename" => get(f.map(|f| &f.filename)),
            "filename2" => get(f.map(|f| &f.filename2)),
            "characters_written" if class.is_subclass(&self.t.blocking_io_error) => {
                match f.and_then(|f| f.written) {
                    Some(n) => Ok(Value::Int(n)),
                    None => Err(self.attr_error("characters_written")),
                }
            }
            _ => return None,
        })
    }

    /// Sets one of those attributes; false for any other name.
    pub fn set_os_error_attr(&'static self, i: &Instance, name: &str, v: &Value) -> R<bool> {
        let Some(e) = &i.exc else { return Ok(false) };
        let written =
            if name == "characters_written" && i.class.is_subclass(&self.t.blocking_io_error) {
                Some(self.index_of(v)?.ok_or_else(|| {
                    self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    ))
                })?)
            } else {
                None
            };
        if written.is_none() && !matches!(name, "errno" | "strerror" | "filename" | "filename2") {
            return Ok(false);
        }
        let mut e = e.borrow_mut();
        let f = e.os.get_or_insert_with(Default::default);
        match name {
            "errno" => f.errno = Some(v.clone()),
            "strerror" => f.strerror = Some(v.clone()),
            "filename" => f.filename = Some(v.clone()),
            "filename2" => f.filename2 = Some(v.clone()),
            _ => f.written = written,
        }
        Ok(true)
    }

    /// OSError.__str__; None when it falls back to BaseException's.
    pub fn os_error_str(&'static self, i: &Instance) -> R<Option<String>> {
        let fields = i.exc.as_ref().and_then(|e| e.borrow().os.clone());
        let Some(f) = fields else {
            return Ok(None);
        };
        let or_none = |v: &Option<Value>| v.clone().unwrap_or(Value::None);
        if let Some(filename) = &f.filename {
            let head = format!(
                "[Errno {}] {}: {}",
                self.str_of(&or_none(&f.errno))?,
                self.str_of(&or_none(&f.strerror))?,
                self.repr(filename)?
            );
            return Ok(Some(match &f.filename2 {
                Some(f2) => format!("{head} -> {}", self.repr(f2)?),
                None => head,
            }));
        }
        if let (Some(errno), Some(strerror)) = (&f.errno, &f.strerror) {
            return Ok(Some(format!(
                "[Errno {}] {}",
                self.str_of(errno)?,
                self.str_of(strerror)?
            )));
        }
        Ok(None)
    }
}
