//! Complex numbers, with CPython's algorithms (Smith's division, integer
//! powers by repeated squaring, the polar form otherwise) so that results
//! and reprs match to the last bit.

use std::rc::Rc;

use super::num::{as_num, Num};
use super::{Vm, R};
use crate::runtime::Value;
use crate::syntax::ast::BinOp;

pub type C = (f64, f64);

pub fn complex(re: f64, im: f64) -> Value {
    Value::Complex(Rc::new((re, im)))
}

/// A number as a complex operand (bool, int, float or complex).
pub fn as_complex(vm: &Vm, v: &Value) -> R<Option<C>> {
    if let Value::Complex(c) = v {
        return Ok(Some(**c));
    }
    match as_num(v) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => Ok(Some((vm.int_to_f64(&n)?, 0.0))),
        Some(Num::Float(f)) => Ok(Some((f, 0.0))),
        None => Ok(None),
    }
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let im_text = part(im);
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_text}j)", part(re))
}

/// One part as CPython's 'r' format prints it: no forced ".0".
fn part(x: f64) -> String {
    crate::runtime::format::float_repr_short(x)
}

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's algorithm, as CPython's `_Py_c_quot`; None on division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

impl Vm {
    /// `a op b` where one side is complex and the other a number.
    pub fn complex_binary(&self, op: BinOp, a: &Value, b: &Value) -> R<Option<Value>> {
        let (Some(x), Some(y)) = (as_complex(self, a)?, as_complex(self, b)?) else {
            return Ok(None);
        };
        let (re, im) = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => mul(x, y),
            BinOp::Div => {
                quot(x, y).ok_or_else(|| self.zero_division("complex division by zero"))?
            }
            BinOp::Pow => self.complex_pow(x, y)?,
            _ => return Ok(None),
        };
        Ok(Some(complex(re, im)))
    }

    /// CPython's `complex_pow`.
    pub fn complex_pow(&self, a: C, b: C) -> R<C> {
        if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
            let n = b.0 as i64;
            return if n >= 0 {
                Ok(powu(a, n as u64))
            } else {
                quot((1.0, 0.0), powu(a, n.unsigned_abs()))
                    .ok_or_else(|| self.zero_division("0.0 to a negative or complex power"))
            };
        }
        if b.0 == 0.0 && b.1 == 0.0 {
            return Ok((1.0, 0.0));
        }
        if a.0 == 0.0 && a.1 == 0.0 {
            if b.1 != 0.0 || b.0 < 0.0 {
                return Err(self.zero_division("0.0 to a negative or complex power"));
            }
            return Ok((0.0, 0.0));
        }
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        let r = (len * phase.cos(), len * phase.sin());
        if !r.0.is_finite() || !r.1.is_finite() {
            return Err(self.overflow("complex exponentiation"));
        }
        Ok(r)
    }
}
