//! Files: `open()` for text and binary files (read whole on open, written
//! through), and sys.stdin/stdout/stderr as file objects.

use std::io::{BufRead, Read, Write};
use std::rc::Rc;

use super::{add_methods, arity, kwarg, only_kwargs};
use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn install(vm: &'static Vm) {
    add_methods(
        &vm.t.file,
        &[
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("close", close),
            ("flush", flush),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", enter),
            ("__next__", next),
            ("fileno", fileno),
            ("isatty", isatty),
        ],
    );
}

pub fn std_stream(name: &str, state: FileState) -> Value {
    Value::File(Rc::new(FileObj {
        name: Value::str(name),
        mode: if matches!(state, FileState::Stdin) {
            "r"
        } else {
            "w"
        }
        .into(),
        binary: false,
        state: std::cell::RefCell::new(state),
    }))
}

fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::interp::Exc {
    let (class, errno, text) = match e.kind() {
        std::io::ErrorKind::NotFound => {
            (&vm.t.file_not_found_error, 2, "No such file or directory")
        }
        std::io::ErrorKind::PermissionDenied => (&vm.t.permission_error, 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => (&vm.t.file_exists_error, 17, "File exists"),
        _ if e.raw_os_error() == Some(21) => (&vm.t.is_a_directory_error, 21, "Is a directory"),
        _ => (
            &vm.t.os_error,
            e.raw_os_error().unwrap_or(5) as i64,
            "Input/output error",
        ),
    };
    vm.new_os_error(class, errno, text, Some(Value::str(path)))
}

pub fn open(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    only_kwargs(
        vm,
        "open",
        kw,
        &["mode", "encoding", "errors", "newline", "buffering"],
    )?;
    arity(vm, "open", args, 1, 3)?;
    let path = match &args[0] {
        Value::Str(s) => s.text.to_string(),
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mode = match args.get(1).or_else(|| kwarg(kw, "mode")) {
        Some(Value::Str(m)) => m.text.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => "r".into(),
    };
    let binary = mode.contains('b');
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    if kinds != 1 || mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let state = if mode.contains('r') {
        let data = std::fs::read(&path).map_err(|e| os_error(vm, &e, &path))?;
        FileState::Read { data, pos: 0 }
    } else {
        let mut o = std::fs::OpenOptions::new();
        if mode.contains('a') {
            o.append(true).create(true);
        } else if mode.contains('x') {
            o.write(true).create_new(true);
        } else {
            o.write(true).create(true).truncate(true);
        }
        FileState::Write(o.open(&path).map_err(|e| os_error(vm, &e, &path))?)
    };
    Ok(Value::File(Rc::new(FileObj {
        name: Value::str(path),
        mode: mode.as_str().into(),
        binary,
        state: std::cell::RefCell::new(state),
    })))
}

fn this(args: &[Value]) -> Option<&Rc<FileObj>> {
    match args.first() {
        Some(Value::File(f)) => Some(f),
        _ => None,
    }
}

fn closed(vm: &Vm) -> crate::interp::Exc {
    vm.value_error("I/O operation on closed file.")
}

fn text_value(f: &FileObj, bytes: &[u8]) -> Value {
    if f.binary {
        Value::Bytes(Rc::new(bytes.to_vec()))
    } else {
        Value::str(String::from_utf8_lossy(bytes).replace("\r\n", "\n"))
    }
}

/// Reads up to `limit` bytes, or one line.
fn take(vm: &Vm, f: &FileObj, line: bool, limit: Option<usize>) -> R<Value> {
    let mut state = f.state.borrow_mut();
    match &mut *state {
        FileState::Read { data, pos } => {
            let rest = &data[*pos..];
            let mut n = if line {
                rest.iter()
                    .position(|&b| b == b'\n')
                    .map_or(rest.len(), |i| i + 1)
            } else {
                rest.len()
            };
            if let Some(l) = limit {
                n = n.min(l);
                if !f.binary {
                    // Don't split a character.
                    while n < rest.len() && (rest[n] & 0xC0) == 0x80 {
                        n += 1;
                    }
                }
            }
            let out = text_value(f, &rest[..n]);
            *pos += n;
            Ok(out)
        }
        FileState::Stdin => {
            vm.flush();
            let mut buf = String::new();
            if line {
                let _ = std::io::stdin().lock().read_line(&mut buf);
            } else {
                let _ = std::io::stdin().lock().read_to_string(&mut buf);
            }
            Ok(Value::str(buf))
        }
        FileState::Closed => Err(closed(vm)),
        _ => Err(vm.new_exc(&vm.t.os_error, "not readable")),
    }
}

fn limit_arg(vm: &'static Vm, args: &[Value]) -> R<Option<usize>> {
    Ok(match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = super::int_arg(vm, v)?;
            (n >= 0).then_some(n as usize)
        }
    })
}

fn read(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this(args).ok_or_else(|| vm.type_error("read() needs a file"))?;
    take(vm, f, false, limit_arg(vm, args)?)
}

fn readline(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this(args).ok_or_else(|| vm.type_error("readline() needs a file"))?;
    take(vm, f, true, limit_arg(vm, args)?)
}

fn readlines(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this(args).ok_or_else(|| vm.type_error("readlines() needs a file"))?;
    let mut out = Vec::new();
    loop {
        let line = take(vm, f, true, None)?;
        if vm.len(&line)? == 0 {
            break;
        }
        out.push(line);
    }
    Ok(Value::list(out))
}

pub fn write_to(vm: &'static Vm, f: &FileObj, v: &Value) -> R<usize> {
    let (bytes, count): (Vec<u8>, usize) = match (v, f.binary) {
        (Value::Str(s), false) => (s.text.as_bytes().to_vec(), s.chars),
        (Value::Bytes(b), true) => ((**b).clone(), b.len()),
        (other, false) => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
        (other, true) => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    let mut state = f.state.borrow_mut();
    match &mut *state {
        FileState::Write(file) => {
            file.write_all(&bytes)
                .map_err(|e| vm.new_exc(&vm.t.os_error, e.to_string()))?;
        }
        FileState::Stdout => vm.out.borrow_mut().write(&bytes),
        FileState::Stderr => vm.out.borrow_mut().write_err(&bytes),
        FileState::Closed => return Err(closed(vm)),
        _ => return Err(vm.new_exc(&vm.t.os_error, "not writable")),
    }
    Ok(count)
}

fn write(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "write", args, 2, 2)?;
    let f = this(args).ok_or_else(|| vm.type_error("write() needs a file"))?;
    Ok(Value::Int(write_to(vm, f, &args[1])? as i64))
}

fn writelines(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "writelines", args, 2, 2)?;
    let f = this(args).ok_or_else(|| vm.type_error("writelines() needs a file"))?;
    for line in vm.to_vec(&args[1])? {
        write_to(vm, f, &line)?;
    }
    Ok(Value::None)
}

fn close(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this(args).ok_or_else(|| vm.type_error("close() needs a file"))?;
    let mut state = f.state.borrow_mut();
    if !matches!(
        *state,
        FileState::Stdout | FileState::Stderr | FileState::Stdin
    ) {
        *state = FileState::Closed;
    }
    Ok(Value::None)
}

fn flush(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    if let Some(f) = this(args) {
        match &mut *f.state.borrow_mut() {
            FileState::Stdout => vm.flush(),
            FileState::Write(file) => {
                let _ = file.flush();
            }
            _ => {}
        }
    }
    Ok(Value::None)
}

fn enter(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this(args).ok_or_else(|| vm.type_error("needs a file"))?;
    if matches!(*f.state.borrow(), FileState::Closed) {
        return Err(closed(vm));
    }
    Ok(args[0].clone())
}

fn exit(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    close(vm, &args[..1], kw)?;
    Ok(Value::None)
}

fn next(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this(args).ok_or_else(|| vm.type_error("needs a file"))?;
    match vm.file_next_line(f)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn fileno(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this(args).ok_or_else(|| vm.type_error("needs a file"))?;
    Ok(Value::Int(match *f.state.borrow() {
        FileState::Stdin => 0,
        FileState::Stdout => 1,
        FileState::Stderr => 2,
        _ => 3,
    }))
}

fn isatty(_: &'static Vm, _: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(Value::Bool(false))
}

impl Vm {
    /// Iterating a file: its lines.
    pub fn file_next_line(&'static self, f: &Rc<FileObj>) -> R<Option<Value>> {
        let line = take(self, f, true, None)?;
        Ok(if self.len(&line)? == 0 {
            None
        } else {
            Some(line)
        })
    }
}
