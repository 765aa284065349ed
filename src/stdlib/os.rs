//! `os` and `os.path`: the process, the environment, the working folder,
//! and path manipulation as POSIX CPython does it.

use std::path::Path;

use super::{add_fns, arity, new_module};
use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("os");
    {
        let mut d = m.dict.borrow_mut();
        add_fns(
            &mut d,
            &[
                ("getpid", |_, _, _| {
                    Ok(Value::Int(std::process::id() as i64))
                }),
                ("getcwd", |vm, a, _| {
                    arity(vm, "getcwd", a, 0, 0)?;
                    let cwd = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
                    Ok(Value::str(cwd.display().to_string()))
                }),
                ("chdir", |vm, a, _| {
                    arity(vm, "chdir", a, 1, 1)?;
                    let p = path_arg(vm, &a[0])?;
                    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
                    Ok(Value::None)
                }),
                ("listdir", listdir),
                ("mkdir", |vm, a, _| {
                    arity(vm, "mkdir", a, 1, 2)?;
                    let p = path_arg(vm, &a[0])?;
                    std::fs::create_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
                    Ok(Value::None)
                }),
                ("makedirs", |vm, a, kw| {
                    arity(vm, "makedirs", a, 1, 3)?;
                    let p = path_arg(vm, &a[0])?;
                    let exist_ok = match super::kwarg(kw, "exist_ok").or(a.get(2)) {
                        Some(v) => vm.truthy(v)?,
                        None => false,
                    };
                    if exist_ok && Path::new(&p).is_dir() {
                        return Ok(Value::None);
                    }
                    if Path::new(&p).exists() {
                        let e = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
                        return Err(os_error(vm, &e, Some(&p)));
                    }
                    std::fs::create_dir_all(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
                    Ok(Value::None)
                }),
                ("remove", remove),
                ("unlink", remove),
                ("rmdir", |vm, a, _| {
                    arity(vm, "rmdir", a, 1, 1)?;
                    let p = path_arg(vm, &a[0])?;
                    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
                    Ok(Value::None)
                }),
                ("rename", |vm, a, _| {
                    arity(vm, "rename", a, 2, 2)?;
                    let (from, to) = (path_arg(vm, &a[0])?, path_arg(vm, &a[1])?);
                    std::fs::rename(&from, &to).map_err(|e| os_error(vm, &e, Some(&from)))?;
                    Ok(Value::None)
                }),
                ("getenv", super::environ::getenv),
                ("cpu_count", |_, _, _| {
                    Ok(std::thread::available_parallelism()
                        .map_or(Value::None, |n| Value::Int(n.get() as i64)))
                }),
                ("urandom", |vm, a, _| {
                    arity(vm, "urandom", a, 1, 1)?;
                    let n = super::int_arg(vm, &a[0])?;
                    if n < 0 {
                        return Err(vm.value_error("negative argument not allowed"));
                    }
                    let mut buf = vec![0u8; n as usize];
                    use std::io::Read;
                    std::fs::File::open("/dev/urandom")
                        .and_then(|mut f| f.read_exact(&mut buf))
                        .map_err(|e| os_error(vm, &e, None))?;
                    Ok(Value::Bytes(std::rc::Rc::new(buf)))
                }),
                ("fspath", |vm, a, _| {
                    arity(vm, "fspath", a, 1, 1)?;
                    Ok(Value::str(path_arg(vm, &a[0])?))
                }),
            ],
        );
        d.insert(Name::new("environ"), super::environ::environ(vm));
        d.insert(Name::new("name"), Value::str("posix"));
        d.insert(Name::new("sep"), Value::str("/"));
        d.insert(Name::new("altsep"), Value::None);
        d.insert(Name::new("extsep"), Value::str("."));
        d.insert(Name::new("pathsep"), Value::str(":"));
        d.insert(Name::new("linesep"), Value::str("\n"));
        d.insert(Name::new("curdir"), Value::str("."));
        d.insert(Name::new("pardir"), Value::str(".."));
        d.insert(Name::new("devnull"), Value::str("/dev/null"));
    }
    if let Ok(path) = vm.import_module("os.path") {
        m.dict.insert(Name::new("path"), path);
    }
    Value::Module(m)
}

pub fn path_module(_vm: &'static Vm) -> Value {
    let m = new_module("posixpath");
    {
        let mut d = m.dict.borrow_mut();
        add_fns(
            &mut d,
            &[
                ("join", join),
                ("exists", |vm, a, _| {
                    test_path(vm, a, "exists", |p| p.exists())
                }),
                ("isfile", |vm, a, _| {
                    test_path(vm, a, "isfile", |p| p.is_file())
                }),
                ("isdir", |vm, a, _| {
                    test_path(vm, a, "isdir", |p| p.is_dir())
                }),
                ("islink", |vm, a, _| {
                    test_path(vm, a, "islink", |p| p.is_symlink())
                }),
                ("isabs", |vm, a, _| {
                    arity(vm, "isabs", a, 1, 1)?;
                    Ok(Value::Bool(path_arg(vm, &a[0])?.starts_with('/')))
                }),
                ("basename", |vm, a, _| {
                    arity(vm, "basename", a, 1, 1)?;
                    let p = path_arg(vm, &a[0])?;
                    Ok(Value::str(&p[p.rfind('/').map_or(0, |i| i + 1)..]))
                }),
                ("dirname", |vm, a, _| {
                    arity(vm, "dirname", a, 1, 1)?;
                    Ok(Value::str(split(&path_arg(vm, &a[0])?).0))
                }),
                ("split", |vm, a, _| {
                    arity(vm, "split", a, 1, 1)?;
                    let p = path_arg(vm, &a[0])?;
                    let (head, tail) = split(&p);
                    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
                }),
                ("splitext", |vm, a, _| {
                    arity(vm, "splitext", a, 1, 1)?;
                    let p = path_arg(vm, &a[0])?;
                    let (root, ext) = splitext(&p);
                    Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]))
                }),
                ("commonprefix", commonprefix),
                ("relpath", relpath),
                ("normpath", |vm, a, _| {
                    arity(vm, "normpath", a, 1, 1)?;
                    Ok(Value::str(normpath(&path_arg(vm, &a[0])?)))
                }),
                ("abspath", |vm, a, _| {
                    arity(vm, "abspath", a, 1, 1)?;
                    Ok(Value::str(abspath(vm, &path_arg(vm, &a[0])?)?))
                }),
                ("realpath", |vm, a, _| {
                    arity(vm, "realpath", a, 1, 1)?;
                    let p = abspath(vm, &path_arg(vm, &a[0])?)?;
                    Ok(Value::str(
                        std::fs::canonicalize(&p).map_or(p, |c| c.display().to_string()),
                    ))
                }),
                ("expanduser", |vm, a, _| {
                    arity(vm, "expanduser", a, 1, 1)?;
                    let p = path_arg(vm, &a[0])?;
                    let home = std::env::var("HOME").unwrap_or_default();
                    Ok(Value::str(match p.strip_prefix('~') {
                        Some(rest) if rest.is_empty() || rest.starts_with('/') => home + rest,
                        _ => p,
                    }))
                }),
                ("getsize", |vm, a, _| {
                    arity(vm, "getsize", a, 1, 1)?;
                    let p = path_arg(vm, &a[0])?;
                    let meta = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
                    Ok(Value::Int(meta.len() as i64))
                }),
            ],
        );
        d.insert(Name::new("sep"), Value::str("/"));
    }
    Value::Module(m)
}

fn path_arg(vm: &'static Vm, v: &Value) -> R<String> {
    match v {
        Value::Str(s) => Ok(s.text.to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        other => {
            if let Ok(f) = vm.getattr(other, &Name::new("__fspath__")) {
                let r = vm.call(&f, crate::interp::Args::default())?;
                return path_arg(vm, &r);
            }
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
    }
}

/// An OSError subclass with errno, strerror and filename, as CPython raises.
fn os_error(vm: &'static Vm, e: &std::io::Error, path: Option<&str>) -> crate::interp::Exc {
    use std::io::ErrorKind::*;
    let t = &vm.t;
    let (class, errno, text) = match e.kind() {
        NotFound => (&t.file_not_found_error, 2, "No such file or directory"),
        PermissionDenied => (&t.permission_error, 13, "Permission denied"),
        AlreadyExists => (&t.file_exists_error, 17, "File exists"),
        _ => (
            &t.os_error,
            e.raw_os_error().unwrap_or(5) as i64,
            "Input/output error",
        ),
    };
    vm.new_os_error(class, errno, text, path.map(Value::str))
}

fn listdir(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "listdir", a, 0, 1)?;
    let p = match a.first() {
        Some(v) => path_arg(vm, v)?,
        None => ".".to_string(),
    };
    let entries = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    let names = entries
        .filter_map(|e| e.ok())
        .map(|e| Value::str(e.file_name().to_string_lossy().into_owned()))
        .collect();
    Ok(Value::list(names))
}

fn remove(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "remove", a, 1, 1)?;
    let p = path_arg(vm, &a[0])?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn test_path(vm: &'static Vm, a: &[Value], name: &str, f: fn(&Path) -> bool) -> R<Value> {
    arity(vm, name, a, 1, 1)?;
    Ok(Value::Bool(match path_arg(vm, &a[0]) {
        Ok(p) => f(Path::new(&p)),
        Err(_) => false,
    }))
}

/// posixpath.join: a component starting with '/' restarts the path.
fn join(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    if a.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut out = path_arg(vm, &a[0])?;
    for part in &a[1..] {
        let p = path_arg(vm, part)?;
        if p.starts_with('/') {
            out = p;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&p);
        } else {
            out.push('/');
            out.push_str(&p);
        }
    }
    Ok(Value::str(out))
}

/// posixpath.split: (head, tail), the head without its trailing slashes
/// unless it is all slashes.
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

/// posixpath.splitext: leading dots of the file name are not an extension.
fn splitext(p: &str) -> (String, String) {
    let name_start = p.rfind('/').map_or(0, |i| i + 1);
    let name = &p[name_start..];
    let Some(dot) = name.rfind('.') else {
        return (p.to_string(), String::new());
    };
    if name[..dot].chars().all(|c| c == '.') {
        return (p.to_string(), String::new());
    }
    let at = name_start + dot;
    (p[..at].to_string(), p[at..].to_string())
}

fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." if initial == 0 && (parts.is_empty() || parts.last() == Some(&"..")) => {
                parts.push("..")
            }
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let out = "/".repeat(initial) + &parts.join("/");
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn abspath(vm: &'static Vm, p: &str) -> R<String> {
    if p.starts_with('/') {
        return Ok(normpath(p));
    }
    let cwd = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    Ok(normpath(&format!("{}/{p}", cwd.display())))
}

/// posixpath.commonprefix: the longest common leading string (character
/// by character, not by path component), of the smallest and largest.
fn commonprefix(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "commonprefix", a, 1, 1)?;
    let paths = vm
        .to_vec(&a[0])?
        .iter()
        .map(|p| path_arg(vm, p))
        .collect::<R<Vec<String>>>()?;
    let (Some(lo), Some(hi)) = (paths.iter().min(), paths.iter().max()) else {
        return Ok(Value::str(""));
    };
    let len: usize = lo
        .chars()
        .zip(hi.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    Ok(Value::str(&lo[..len]))
}

/// posixpath.relpath: `path` relative to `start` (default: the working
/// folder), both made absolute first.
fn relpath(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    arity(vm, "relpath", a, 1, 2)?;
    let path = path_arg(vm, &a[0])?;
    if path.is_empty() {
        return Err(vm.value_error("no path specified"));
    }
    let start = match a.get(1).or(super::kwarg(kw, "start")) {
        Some(Value::None) | None => ".".to_string(),
        Some(s) => path_arg(vm, s)?,
    };
    let start = abspath(vm, &start)?;
    let path = abspath(vm, &path)?;
    let start: Vec<&str> = start.split('/').filter(|x| !x.is_empty()).collect();
    let path: Vec<&str> = path.split('/').filter(|x| !x.is_empty()).collect();
    let common = start.iter().zip(&path).take_while(|(x, y)| x == y).count();
    let mut rel: Vec<&str> = vec![".."; start.len() - common];
    rel.extend(&path[common..]);
    Ok(Value::str(if rel.is_empty() {
        ".".to_string()
    } else {
        rel.join("/")
    }))
}
