//! The str-like methods bytes and bytearray share: searching, splitting,
//! stripping, case, padding. Each works on the receiver's bytes and wraps
//! what it makes as the receiver's type (see bytes.rs).

use super::super::arity;
use super::bytes::*;
use crate::interp::{Vm, R};
use crate::runtime::*;

/// The optional start and end arguments at `a[from..]`, adjusted as
/// CPython's ADJUST_INDICES does: end is clamped to `len`, start may
/// lie beyond it (then nothing is found).
pub(super) fn span(vm: &'static Vm, a: &[Value], from: usize, len: usize) -> R<(usize, usize)> {
    let get = |i: usize| -> R<Option<i64>> {
        match a.get(i) {
            None | Some(Value::None) => Ok(None),
            Some(v) => match vm.index_of(v)? {
                Some(x) => Ok(Some(x)),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let n = len as i64;
    let adjust = |i: i64| if i < 0 { (i + n).max(0) } else { i };
    let start = adjust(get(from)?.unwrap_or(0));
    let end = adjust(get(from + 1)?.unwrap_or(n)).min(n);
    Ok((start as usize, end as usize))
}

pub fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => hay.iter().position(|c| c == b),
        _ => hay.windows(needle.len()).position(|w| w == needle),
    }
}

pub(super) fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => hay.iter().rposition(|c| c == b),
        _ => hay.windows(needle.len()).rposition(|w| w == needle),
    }
}

pub(super) fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(w) = hay.get(i..i + needle.len()) {
        if w == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Find {
    Count,
    First,
    Last,
    FirstOrRaise,
    LastOrRaise,
}

pub(super) fn find(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    how: Find,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_kw(vm, kw, kind, name)?;
    arity(vm, name, rest(a), 1, 3)?;
    let sub = sub_arg(vm, &a[1])?;
    let (start, end) = span(vm, a, 2, s.len())?;
    let hay = if start <= end {
        s.get(start..end)
    } else {
        None
    };
    if how == Find::Count {
        return Ok(Value::Int(hay.map_or(0, |h| count_in(h, &sub)) as i64));
    }
    let found = hay.and_then(|h| match how {
        Find::First | Find::FirstOrRaise => find_in(h, &sub),
        _ => rfind_in(h, &sub),
    });
    match found {
        Some(i) => Ok(Value::Int((start + i) as i64)),
        None if matches!(how, Find::FirstOrRaise | Find::LastOrRaise) => {
            Err(vm.value_error("subsection not found"))
        }
        None => Ok(Value::Int(-1)),
    }
}

pub(super) fn affix(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    prefix: bool,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_kw(vm, kw, kind, name)?;
    arity(vm, name, rest(a), 1, 3)?;
    let (start, end) = span(vm, a, 2, s.len())?;
    let hay = if start <= end {
        s.get(start..end)
    } else {
        None
    };
    let check = |p: &[u8]| match hay {
        Some(h) if prefix => h.starts_with(p),
        Some(h) => h.ends_with(p),
        None => false,
    };
    match &a[1] {
        Value::Tuple(t) => {
            for p in t.iter() {
                if check(&buffer_arg(vm, p)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        p => match bytes_like(p) {
            Some(b) => Ok(Value::Bool(check(&b))),
            None => Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(p)
            ))),
        },
    }
}

pub(super) fn split(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    right: bool,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    let p = params(vm, name, a, kw, &["sep", "maxsplit"])?;
    let sep = match p.first().copied().flatten() {
        None | Some(Value::None) => None,
        Some(v) => {
            let b = buffer_arg(vm, v)?;
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
    };
    let max = match p.get(1).copied().flatten() {
        Some(v) => size_arg(vm, v, false)?,
        None => -1,
    };
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let parts = match (&sep, right) {
        (Some(sep), false) => split_sep(&s, sep, max),
        (Some(sep), true) => rsplit_sep(&s, sep, max),
        (None, false) => split_space(&s, max),
        (None, true) => rsplit_space(&s, max),
    };
    Ok(Value::list(
        parts.into_iter().map(|p| kind.wrap(p.to_vec())).collect(),
    ))
}

pub(super) fn split_sep<'a>(s: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while out.len() < max {
        let Some(w) = s.get(i..i + sep.len()) else {
            break;
        };
        if w == sep {
            out.push(s.get(start..i).unwrap_or(&[]));
            i += sep.len();
            start = i;
        } else {
            i += 1;
        }
    }
    out.push(s.get(start..).unwrap_or(&[]));
    out
}

pub(super) fn rsplit_sep<'a>(s: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let (mut end, mut i) = (s.len(), s.len());
    while out.len() < max && i >= sep.len() {
        let st = i - sep.len();
        if s.get(st..i) == Some(sep) {
            out.push(s.get(i..end).unwrap_or(&[]));
            end = st;
            i = st;
        } else {
            i -= 1;
        }
    }
    out.push(s.get(..end).unwrap_or(&[]));
    out.reverse();
    out
}

pub(super) fn split_space(s: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = trim(s, true, false, None);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        out.push(word);
        rest = trim(tail, true, false, None);
    }
    out
}

pub(super) fn rsplit_space(s: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = trim(s, false, true, None);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
        let (head, word) = rest.split_at(start);
        out.push(word);
        rest = trim(head, false, true, None);
    }
    out.reverse();
    out
}

/// Strips bytes in `chars` (ASCII whitespace when `None`) from the ends.
pub(super) fn trim<'a>(s: &'a [u8], left: bool, right: bool, chars: Option<&[u8]>) -> &'a [u8] {
    let strip = |c: &u8| match chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let mut lo = 0;
    let mut hi = s.len();
    if left {
        while lo < hi && s.get(lo).is_some_and(strip) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && s.get(hi - 1).is_some_and(strip) {
            hi -= 1;
        }
    }
    s.get(lo..hi).unwrap_or(&[])
}

pub(super) fn strip(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_kw(vm, kw, kind, name)?;
    arity(vm, name, rest(a), 0, 1)?;
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    Ok(kind.wrap(trim(&s, left, right, chars.as_deref().map(|c| c.as_slice())).to_vec()))
}

pub(super) fn splitlines(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, kind) = recv(vm, a, "splitlines")?;
    let p = params(vm, "splitlines", a, kw, &["keepends"])?;
    let keep = match p.first().copied().flatten() {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s.get(i).copied().unwrap_or(0);
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && s.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let line = s.get(start..if keep { end } else { i }).unwrap_or(&[]);
            out.push(kind.wrap(line.to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(kind.wrap(s.get(start..).unwrap_or(&[]).to_vec()));
    }
    Ok(Value::list(out))
}

pub(super) fn join(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (sep, kind) = recv(vm, a, "join")?;
    no_kw(vm, kw, kind, "join")?;
    arity(vm, "join", rest(a), 1, 1)?;
    let it = match vm.iter(&a[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_is(&e, &vm.t.type_error) => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let Some(b) = bytes_like(&item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(&item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
        i += 1;
    }
    Ok(kind.wrap(out))
}

pub(super) fn replace(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, kind) = recv(vm, a, "replace")?;
    no_kw(vm, kw, kind, "replace")?;
    arity(vm, "replace", rest(a), 2, 3)?;
    let old = buffer_arg(vm, &a[1])?;
    let new = buffer_arg(vm, &a[2])?;
    let count = match a.get(3) {
        Some(v) => size_arg(vm, v, false)?,
        None => -1,
    };
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    let hits = if old.is_empty() {
        s.len() + 1
    } else {
        count_in(&s, &old)
    }
    .min(count) as u64;
    let size = (s.len() as u64)
        .saturating_add(hits.saturating_mul(new.len() as u64))
        .saturating_sub(hits.saturating_mul(old.len() as u64));
    let mut out = alloc(vm, size)?;
    let mut n = 0;
    if old.is_empty() {
        for &c in s.iter() {
            if n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.extend_from_slice(&new);
        }
        return Ok(kind.wrap(out));
    }
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        if n < count && s.get(i..i + old.len()) == Some(&old[..]) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(kind.wrap(out))
}

pub(super) fn partition(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    right: bool,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_kw(vm, kw, kind, name)?;
    arity(vm, name, rest(a), 1, 1)?;
    let sep = buffer_arg(vm, &a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right {
        rfind_in(&s, &sep)
    } else {
        find_in(&s, &sep)
    };
    let part = |r: Option<&[u8]>| kind.wrap(r.unwrap_or(&[]).to_vec());
    Ok(Value::tuple(match found {
        Some(i) => vec![
            part(s.get(..i)),
            part(Some(&sep)),
            part(s.get(i + sep.len()..)),
        ],
        None if right => vec![part(None), part(None), part(Some(&s))],
        None => vec![part(Some(&s)), part(None), part(None)],
    }))
}

pub(super) fn map(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_args(vm, a, kind, name)?;
    no_kw(vm, kw, kind, name)?;
    Ok(kind.wrap(f(&s)))
}

pub(super) fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&c| {
            let out = if !c.is_ascii_alphabetic() {
                c
            } else if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

pub(super) fn test(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    f: impl Fn(&u8) -> bool,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_args(vm, a, kind, name)?;
    no_kw(vm, kw, kind, name)?;
    Ok(Value::Bool(!s.is_empty() && s.iter().all(f)))
}

pub(super) fn cased(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    upper: bool,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_args(vm, a, kind, name)?;
    no_kw(vm, kw, kind, name)?;
    let (ups, lows) = (
        s.iter().any(u8::is_ascii_uppercase),
        s.iter().any(u8::is_ascii_lowercase),
    );
    Ok(Value::Bool(if upper { ups && !lows } else { lows && !ups }))
}

pub(super) fn istitle(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, kind) = recv(vm, a, "istitle")?;
    no_args(vm, a, kind, "istitle")?;
    no_kw(vm, kw, kind, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

pub(super) fn pad(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_kw(vm, kw, kind, name)?;
    arity(vm, name, rest(a), 1, 2)?;
    let width = size_arg(vm, &a[1], false)?;
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v).as_deref().map(|b| b.as_slice()) {
            Some(&[c]) => c,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let n = s.len() as i64;
    if width <= n {
        return Ok(kind.wrap(s.to_vec()));
    }
    let total = (width - n) as usize;
    let (left, right) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        // As str.center: the odd space goes left when the width is odd.
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = alloc(vm, width as u64)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(&s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(kind.wrap(out))
}

pub(super) fn zfill(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, kind) = recv(vm, a, "zfill")?;
    no_kw(vm, kw, kind, "zfill")?;
    arity(vm, "zfill", rest(a), 1, 1)?;
    let width = size_arg(vm, &a[1], false)?;
    let n = s.len() as i64;
    if width <= n {
        return Ok(kind.wrap(s.to_vec()));
    }
    let zeros = (width - n) as usize;
    let mut out = alloc(vm, width as u64)?;
    let (sign, digits) = match s.split_first() {
        Some((&c @ (b'+' | b'-'), tail)) => (Some(c), tail),
        _ => (None, &s[..]),
    };
    out.extend(sign);
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(digits);
    Ok(kind.wrap(out))
}

pub(super) fn remove_affix(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    prefix: bool,
) -> R<Value> {
    let (s, kind) = recv(vm, a, name)?;
    no_kw(vm, kw, kind, name)?;
    arity(vm, name, rest(a), 1, 1)?;
    let p = buffer_arg(vm, &a[1])?;
    let out = if prefix {
        s.strip_prefix(&p[..])
    } else {
        s.strip_suffix(&p[..])
    };
    Ok(kind.wrap(out.unwrap_or(&s).to_vec()))
}

pub(super) fn expandtabs(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, kind) = recv(vm, a, "expandtabs")?;
    let p = params(vm, "expandtabs", a, kw, &["tabsize"])?;
    let size = match p.first().copied().flatten() {
        Some(v) => size_arg(vm, v, true)?,
        None => 8,
    };
    // The length first, so that a huge tab size is a MemoryError.
    let mut total: u64 = 0;
    let mut col: i64 = 0;
    for &c in s.iter() {
        match c {
            b'\t' if size > 0 => {
                let n = size - col % size;
                total = total.saturating_add(n as u64);
                col = col.saturating_add(n);
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                total += 1;
                col = 0;
            }
            _ => {
                total += 1;
                col += 1;
            }
        }
    }
    let mut out = alloc(vm, total)?;
    let mut col: i64 = 0;
    for &c in s.iter() {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(kind.wrap(out))
}
