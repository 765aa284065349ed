//! Uncaught exceptions, printed as CPython's `PyErr_Display` prints them:
//! the chain of causes and contexts, each with its traceback, then
//! `Type: message` and the notes; exception groups nest their
//! sub-exceptions in boxes (`print_exception_group` in pythonrun.c).

use std::collections::HashSet;

use super::{Exc, Vm};
use crate::runtime::*;

/// How many sub-exceptions of a group are shown, and how deep groups nest.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// Identical consecutive frames shown before `[Previous line repeated ...]`.
const RECURSIVE_CUTOFF: usize = 3;
/// A chain this long is cut short rather than overflow the stack.
const MAX_NESTING: usize = 1000;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// What `traceback.format_exception` asks of the printer; the
/// interpreter's own report of an uncaught exception takes the defaults.
pub struct TbOptions {
    /// Frames shown per traceback: the first N (outermost) if positive,
    /// the last -N if negative.
    pub limit: Option<i64>,
    /// Print the causes and contexts too.
    pub chain: bool,
    /// Print the traceback of the exception asked about itself (the
    /// chained ones always show theirs).
    pub own_traceback: bool,
}

impl Default for TbOptions {
    fn default() -> Self {
        TbOptions {
            limit: None,
            chain: true,
            own_traceback: true,
        }
    }
}

/// CPython's `exception_print_context`.
struct Printer {
    out: String,
    opts: TbOptions,
    /// The exception asked about (by address).
    top: usize,
    /// Exceptions already printed (by address): each is printed once.
    seen: HashSet<usize>,
    group_depth: usize,
    need_close: bool,
    nesting: usize,
}

impl Printer {
    fn new(opts: TbOptions, top: usize) -> Printer {
        Printer {
            out: String::new(),
            opts,
            top,
            seen: HashSet::new(),
            group_depth: 0,
            need_close: false,
            nesting: 0,
        }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// The indent, then `| ` inside a group.
    fn margin(&self) -> String {
        if self.group_depth > 0 {
            format!("{}| ", self.indent())
        } else {
            String::new()
        }
    }

    fn line(&mut self, text: &str) {
        let margin = self.margin();
        self.out.push_str(&margin);
        self.out.push_str(text);
    }
}

impl Vm {
    pub fn format_traceback(&'static self, e: &Exc) -> String {
        self.format_exception_with(e, TbOptions::default())
    }

    /// `traceback.format_exception`'s text, as the interpreter prints it.
    pub fn format_exception_with(&'static self, e: &Exc, opts: TbOptions) -> String {
        let mut p = Printer::new(opts, std::rc::Rc::as_ptr(&e.0) as usize);
        self.print_recursive(&mut p, e);
        p.out
    }

    fn print_recursive(&'static self, p: &mut Printer, e: &Exc) {
        if p.nesting >= MAX_NESTING {
            return;
        }
        p.nesting += 1;
        if p.opts.chain {
            self.print_cause_and_context(p, e);
        }
        if e.class().is_subclass(&self.t.base_exception_group) {
            self.print_group(p, e);
        } else {
            self.print_exception(p, e);
        }
        p.nesting -= 1;
    }

    fn print_cause_and_context(&'static self, p: &mut Printer, e: &Exc) {
        p.seen.insert(std::rc::Rc::as_ptr(&e.0) as usize);
        let (cause, context, suppress) = {
            let d = e.data();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Some(Value::Instance(c)) = cause {
            if !p.seen.contains(&(std::rc::Rc::as_ptr(&c) as usize)) && c.exc.is_some() {
                self.print_chained(p, &Exc(c), CAUSE_MESSAGE);
            }
            return;
        }
        if suppress {
            return;
        }
        if let Some(Value::Instance(c)) = context {
            if !p.seen.contains(&(std::rc::Rc::as_ptr(&c) as usize)) && c.exc.is_some() {
                self.print_chained(p, &Exc(c), CONTEXT_MESSAGE);
            }
        }
    }

    fn print_chained(&'static self, p: &mut Printer, e: &Exc, message: &str) {
        let need_close = p.need_close;
        self.print_recursive(p, e);
        p.need_close = need_close;
        p.line("\n");
        p.line(message);
        p.line("\n");
    }

    /// One exception: its traceback, `Type: message`, its notes.
    fn print_exception(&'static self, p: &mut Printer, e: &Exc) {
        let mut tb = e.data().traceback.clone();
        let is_top = std::rc::Rc::as_ptr(&e.0) as usize == p.top;
        if is_top && !p.opts.own_traceback {
            tb.clear();
        }
        // Innermost first: the first N outermost are the last N here.
        match p.opts.limit {
            Some(n) if n >= 0 => {
                let keep = (n as usize).min(tb.len());
                tb.drain(..tb.len() - keep);
            }
            Some(n) => tb.truncate(n.unsigned_abs() as usize),
            None => {}
        }
        if !tb.is_empty() {
            let is_group = e.class().is_subclass(&self.t.base_exception_group);
            let header = if is_group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            };
            if is_group && p.group_depth == 1 {
                let indent = p.indent();
                p.out.push_str(&format!("{indent}+ {header}"));
            } else {
                p.line(header);
            }
            self.print_entries(p, &tb);
        }
        self.print_exception_only(p, e);
    }

    /// `traceback.format_exception_only`'s text: `Type: message` (or a
    /// SyntaxError's location), then the notes.
    pub fn format_exception_only(&'static self, e: &Exc) -> String {
        let mut p = Printer::new(TbOptions::default(), 0);
        self.print_exception_only(&mut p, e);
        p.out
    }

    fn print_exception_only(&'static self, p: &mut Printer, e: &Exc) {
        let located = e.class().is_subclass(&self.t.syntax_error) && self.print_syntax_error(p, e);
        if !located {
            let text = self.exception_line(e);
            p.line(&text);
            p.out.push('\n');
        }
        self.print_notes(p, e);
    }

    /// The frames, innermost last; a frame repeated more than three times
    /// in a row (recursion) is summarized.
    fn print_entries(&'static self, p: &mut Printer, tb: &[TbEntry]) {
        let mut last: Option<&TbEntry> = None;
        let mut count = 0;
        for entry in tb.iter().rev() {
            let same = last.is_some_and(|l| {
                l.file == entry.file && l.line == entry.line && l.function == entry.function
            });
            if !same {
                repeated(p, count);
                last = Some(entry);
                count = 0;
            }
            count += 1;
            if count <= RECURSIVE_CUTOFF {
                p.line(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.file, entry.line, entry.function
                ));
                if let Some(text) = source_line(&entry.file, entry.line) {
                    p.line(&format!("    {}\n", text.trim()));
                }
            }
        }
        repeated(p, count);
    }

    /// A group: itself, then each sub-exception in its box.
    fn print_group(&'static self, p: &mut Printer, e: &Exc) {
        if p.group_depth > MAX_GROUP_DEPTH {
            p.line(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if p.group_depth == 0 {
            p.group_depth += 1;
        }
        self.print_exception(p, e);
        let excs = self.group_items(&e.value()).unwrap_or_default();
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        p.need_close = false;
        for (i, sub) in excs.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                // The closing frame may be drawn by a recursive call.
                p.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let indent = p.indent();
            let corner = if i == 0 { "+-" } else { "  " };
            p.out.push_str(&format!(
                "{indent}{corner}+---------------- {title} ----------------\n"
            ));
            p.group_depth += 1;
            if !truncated {
                match sub {
                    Value::Instance(x) if x.exc.is_some() => {
                        self.print_recursive(p, &Exc(x.clone()));
                    }
                    _ => {}
                }
            } else {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                p.line(&format!("and {remaining} more exception{s}\n"));
            }
            if last && p.need_close {
                let indent = p.indent();
                p.out
                    .push_str(&format!("{indent}+------------------------------------\n"));
                p.need_close = false;
            }
            p.group_depth -= 1;
        }
        if p.group_depth == 1 {
            p.group_depth = 0;
        }
    }

    /// `__notes__`, each line behind the margin; a value that is not a
    /// sequence is shown by its repr.
    fn print_notes(&'static self, p: &mut Printer, e: &Exc) {
        let Ok(notes) = self.getattr(&e.value(), &Name::new("__notes__")) else {
            return;
        };
        let items = match &notes {
            Value::Str(_) | Value::List(_) | Value::Tuple(_) => self.to_vec(&notes).ok(),
            _ => None,
        };
        let Some(items) = items else {
            let text = self
                .repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            p.line(&text);
            p.out.push('\n');
            return;
        };
        for note in items {
            match self.str_of(&note) {
                Ok(text) => {
                    for line in split_lines_keep_ends(&text) {
                        p.line(line);
                    }
                }
                Err(_) => p.out.push_str("<note str() failed>"),
            }
            p.out.push('\n');
        }
    }

    /// A SyntaxError with a location shows where it is, then
    /// `SyntaxError: msg`; false when it has none.
    fn print_syntax_error(&'static self, p: &mut Printer, e: &Exc) -> bool {
        let args = e.data().args.clone();
        let (Some(msg), Some(Value::Tuple(loc))) = (args.first(), args.get(1)) else {
            return false;
        };
        if let (Some(Value::Str(file)), Some(Value::Int(line))) = (loc.first(), loc.get(1)) {
            p.line(&format!("  File \"{}\", line {line}\n", file.text));
            if let (Some(Value::Str(text)), Some(Value::Int(col))) = (loc.get(3), loc.get(2)) {
                let raw = text.text.trim_end_matches('\n');
                let trimmed = raw.trim_start();
                let indent = raw.chars().count() - trimmed.chars().count();
                let caret = (*col as usize).saturating_sub(1 + indent);
                p.out
                    .push_str(&format!("    {trimmed}\n    {}^\n", " ".repeat(caret)));
            }
        }
        let name = e.class().qualname.borrow().to_string();
        let msg = self.str_of(msg).unwrap_or_default();
        p.line(&format!("{name}: {msg}\n"));
        true
    }

    /// `Type: message`, or just `Type` when the message is empty.
    pub fn exception_line(&'static self, e: &Exc) -> String {
        let class = e.class();
        let module = class.module.borrow();
        let name = if &**module == "builtins" || &**module == "__main__" {
            class.qualname.borrow().to_string()
        } else {
            format!("{}.{}", module, class.qualname.borrow())
        };
        let msg = self
            .str_of(&e.value())
            .unwrap_or_else(|_| "<exception str() failed>".into());
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

/// `  [Previous line repeated N more times]`, written without the margin,
/// as CPython writes it.
fn repeated(p: &mut Printer, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        p.out
            .push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// `str.splitlines(True)`: the lines with their line breaks.
fn split_lines_keep_ends(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '\r' => match chars.peek() {
                Some(&(j, '\n')) => {
                    chars.next();
                    j + 1
                }
                _ => i + 1,
            },
            c if crate::runtime::value::is_line_break(c) => i + c.len_utf8(),
            _ => continue,
        };
        lines.push(&text[start..end]);
        start = end;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

impl Vm {
    /// The RuntimeWarning for a coroutine dropped before it ever ran. CPython
    /// points at the line that dropped it; weft knows where the coroutine
    /// function is defined, and says what to do about it.
    pub fn warn_never_awaited(&self, g: &Generator) {
        let mut text = String::new();
        if let Some(code) = &g.code {
            text.push_str(&format!("{}:{}: ", code.file, code.line));
        }
        text.push_str(&format!(
            "RuntimeWarning: coroutine '{}' was never awaited\n",
            g.qualname
        ));
        if let Some(code) = &g.code {
            if let Some(src) = source_line(&code.file, code.line) {
                text.push_str(&format!("  {}\n", src.trim()));
            }
        }
        text.push_str(
            "  (calling an async function only creates a coroutine: `await` it, or run it \
             with asyncio.create_task())\n",
        );
        self.print_err(&text);
    }
}

/// Line `line` of file `file`, as `linecache.getline` finds it.
pub fn source_line(file: &str, line: u32) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(str::to_string)
}
