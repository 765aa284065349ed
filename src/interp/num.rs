//! Arithmetic on int, bool and float with Python's semantics: integers
//! never overflow (i64, promoted to big integers), `//` and `%` floor,
//! `**` with a negative exponent gives a float, and CPython's messages.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::{Vm, R};
use crate::runtime::Value;
use crate::syntax::ast::BinOp;

/// A numeric operand.
pub enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::BigInt(b) => Some(Num::Big(b.clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (**b).clone(),
        Num::Float(f) => BigInt::from(*f as i128),
    }
}

impl Vm {
    pub fn int_to_f64(&self, n: &Num) -> R<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Big(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(self.overflow("int too large to convert to float")),
            },
        }
    }

    /// `a op b` for two numbers; `None` if the operator does not apply.
    pub fn num_binary(&self, op: BinOp, a: Num, b: Num) -> R<Option<Value>> {
        if let (Num::Int(x), Num::Int(y)) = (&a, &b) {
            if let Some(v) = self.int_binary(op, *x, *y)? {
                return Ok(Some(v));
            }
        }
        let float = matches!(a, Num::Float(_)) || matches!(b, Num::Float(_));
        if float || op == BinOp::Div {
            if matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::MatMul
            ) {
                return Ok(None);
            }
            if op == BinOp::Div && !float {
                return self.int_true_div(&to_big(&a), &to_big(&b)).map(Some);
            }
            let x = self.int_to_f64(&a)?;
            let y = self.int_to_f64(&b)?;
            return self.float_binary(op, x, y).map(Some);
        }
        let (x, y) = (to_big(&a), to_big(&b));
        self.big_binary(op, &x, &y)
    }

    fn int_binary(&self, op: BinOp, x: i64, y: i64) -> R<Option<Value>> {
        Ok(match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            BinOp::Mul => x.checked_mul(y).map(Value::Int),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.checked_div(y)
                    .map(|_| Value::Int(Integer::div_floor(&x, &y)))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| Value::Int(x.mod_floor(&y)))
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    Some(Value::Float((x as f64).powf(y as f64)))
                } else {
                    u32::try_from(y)
                        .ok()
                        .and_then(|e| x.checked_pow(e))
                        .map(Value::Int)
                }
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs().leading_zeros() as i64 > y + 1 {
                    Some(Value::Int(x << y))
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }))
            }
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            BinOp::Div | BinOp::MatMul => None,
        })
    }

    fn int_true_div(&self, x: &BigInt, y: &BigInt) -> R<Value> {
        if y.is_zero() {
            return Err(self.zero_division("division by zero"));
        }
        if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(Value::Float(a as f64 / b as f64));
            }
        }
        // Exact quotient, then rounded once.
        let (q, r) = x.div_rem(y);
        let qf = q.to_f64().unwrap_or(f64::INFINITY);
        if !qf.is_finite() {
            return Err(self.overflow("integer division result too large for a float"));
        }
        let rf = r.to_f64().unwrap_or(0.0) / y.to_f64().unwrap_or(1.0);
        Ok(Value::Float(qf + rf))
    }

    fn big_binary(&self, op: BinOp, x: &BigInt, y: &BigInt) -> R<Option<Value>> {
        Ok(Some(match op {
            BinOp::Add => Value::bigint(x + y),
            BinOp::Sub => Value::bigint(x - y),
            BinOp::Mul => Value::bigint(x * y),
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Value::bigint(x.div_floor(y))
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Value::bigint(x.mod_floor(y))
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let xf = self.int_to_f64(&Num::Big(Rc::new(x.clone())))?;
                    return Ok(Some(Value::Float(
                        xf.powf(y.to_f64().unwrap_or(f64::NEG_INFINITY)),
                    )));
                }
                if x.is_zero() || x.is_one() {
                    return Ok(Some(Value::bigint(x.clone())));
                }
                match y.to_u32() {
                    Some(e) => Value::bigint(Pow::pow(x, e)),
                    None => return Err(self.overflow("exponent too large")),
                }
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) => Value::bigint(x << s),
                    None => return Err(self.overflow("too many digits in integer")),
                }
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().unwrap_or(usize::MAX);
                // Arithmetic shift: floor division by 2**s.
                if s > x.bits() as usize + 1 {
                    Value::Int(if x.is_negative() { -1 } else { 0 })
                } else {
                    Value::bigint(x.div_floor(&(BigInt::one() << s)))
                }
            }
            BinOp::BitAnd => Value::bigint(x & y),
            BinOp::BitOr => Value::bigint(x | y),
            BinOp::BitXor => Value::bigint(x ^ y),
            BinOp::Div | BinOp::MatMul => return Ok(None),
        }))
    }

    pub fn float_binary(&self, op: BinOp, x: f64, y: f64) -> R<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    // Negative numbers raised to fractional powers become complex.
                    let (re, im) = self.complex_pow((x, 0.0), (y, 0.0))?;
                    return Ok(super::complex::complex(re, im));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.new_exc(
                        &self.t.overflow_error,
                        "(34, 'Numerical result out of range')",
                    ));
                }
                r
            }
            _ => unreachable!("not a float operator"),
        }))
    }
}

/// CPython's float divmod: the remainder takes the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}
