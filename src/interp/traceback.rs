//! Uncaught exceptions, printed as CPython prints them: the chain of
//! causes and contexts, each with its traceback, then `Type: message`.

use super::{Exc, Vm};
use crate::runtime::*;

impl Vm {
    pub fn format_traceback(&'static self, e: &Exc) -> String {
        let mut out = String::new();
        self.format_chain(e, &mut out, 0);
        out
    }

    fn format_chain(&'static self, e: &Exc, out: &mut String, depth: usize) {
        if depth < 50 {
            let (cause, context, suppress) = {
                let d = e.data();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if let Some(Value::Instance(c)) = cause {
                self.format_chain(&Exc(c), out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let (Some(Value::Instance(c)), false) = (context, suppress) {
                self.format_chain(&Exc(c), out, depth + 1);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb = e.data().traceback.clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.file, entry.line, entry.function
                ));
                if let Some(text) = source_line(&entry.file, entry.line) {
                    out.push_str(&format!("    {}\n", text.trim()));
                }
            }
        }
        if e.class().is_subclass(&self.t.syntax_error) {
            self.format_syntax_error(e, out);
            return;
        }
        out.push_str(&self.exception_line(e));
        out.push('\n');
    }

    /// A SyntaxError shows where it is, then `SyntaxError: msg`.
    fn format_syntax_error(&'static self, e: &Exc, out: &mut String) {
        let args = e.data().args.clone();
        if let (Some(msg), Some(Value::Tuple(loc))) = (args.first(), args.get(1)) {
            if let (Some(Value::Str(file)), Some(Value::Int(line))) = (loc.first(), loc.get(1)) {
                out.push_str(&format!("  File \"{}\", line {line}\n", file.text));
                if let (Some(Value::Str(text)), Some(Value::Int(col))) = (loc.get(3), loc.get(2)) {
                    let raw = text.text.trim_end_matches('\n');
                    let trimmed = raw.trim_start();
                    let indent = raw.chars().count() - trimmed.chars().count();
                    let caret = (*col as usize).saturating_sub(1 + indent);
                    out.push_str(&format!("    {trimmed}\n    {}^\n", " ".repeat(caret)));
                }
            }
            let name = e.class().qualname.borrow().to_string();
            let msg = self.str_of(msg).unwrap_or_default();
            out.push_str(&format!("{name}: {msg}\n"));
            return;
        }
        out.push_str(&self.exception_line(e));
        out.push('\n');
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

impl Vm {
    /// The RuntimeWarning for a coroutine dropped before it ever ran. CPython
    /// points at the line that dropped it; weft knows where the coroutine
    /// function is defined, and says what to do about it.
    pub fn warn_never_awaited(&self, g: &Generator) {
        self.flush();
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
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), text.as_bytes());
    }
}

fn source_line(file: &str, line: u32) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(str::to_string)
}
