//! The match statement's patterns: does a subject match, binding captures
//! as it goes.

use super::{Frame, Vm, R};
use crate::compile::ir::Pattern;
use crate::runtime::*;

impl Vm {
    pub fn match_pattern(&'static self, p: &Pattern, v: &Value, f: &mut Frame) -> R<bool> {
        match p {
            Pattern::Value(e) => {
                let x = self.eval(e, f)?;
                self.eq(v, &x)
            }
            Pattern::Singleton(s) => Ok(v.is(s)),
            Pattern::As(inner, name) => {
                if let Some(inner) = inner {
                    if !self.match_pattern(inner, v, f)? {
                        return Ok(false);
                    }
                }
                if let Some(t) = name {
                    self.assign(t, v.clone(), f)?;
                }
                Ok(true)
            }
            Pattern::Or(alts) => {
                for a in alts {
                    if self.match_pattern(a, v, f)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Pattern::Sequence(items) => {
                let seq = match v {
                    Value::List(_) | Value::Tuple(_) | Value::Range(_) => self.to_vec(v)?,
                    Value::Instance(i)
                        if i.class.lookup(&self.n.getitem).is_some()
                            && i.class.lookup(&self.n.len).is_some() =>
                    {
                        self.to_vec(v)?
                    }
                    _ => return Ok(false),
                };
                let star = items.iter().position(|i| matches!(i, Pattern::Star(_)));
                match star {
                    None => {
                        if seq.len() != items.len() {
                            return Ok(false);
                        }
                        for (p, x) in items.iter().zip(&seq) {
                            if !self.match_pattern(p, x, f)? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    }
                    Some(s) => {
                        let after = items.len() - s - 1;
                        if seq.len() < items.len() - 1 {
                            return Ok(false);
                        }
                        for (p, x) in items[..s].iter().zip(&seq) {
                            if !self.match_pattern(p, x, f)? {
                                return Ok(false);
                            }
                        }
                        let tail_start = seq.len() - after;
                        for (p, x) in items[s + 1..].iter().zip(&seq[tail_start..]) {
                            if !self.match_pattern(p, x, f)? {
                                return Ok(false);
                            }
                        }
                        if let Pattern::Star(Some(t)) = &items[s] {
                            self.assign(t, Value::list(seq[s..tail_start].to_vec()), f)?;
                        }
                        Ok(true)
                    }
                }
            }
            Pattern::Star(_) => Ok(true),
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let is_mapping = match v {
                    Value::Dict(_) => true,
                    Value::Instance(i) => {
                        i.class.lookup(&self.n.getitem).is_some()
                            && i.class.lookup(&Name::new("keys")).is_some()
                    }
                    _ => false,
                };
                if !is_mapping {
                    return Ok(false);
                }
                let mut seen = Vec::new();
                for (k, p) in keys.iter().zip(patterns) {
                    let key = self.eval(k, f)?;
                    let found = match v {
                        Value::Dict(d) => self.dict_get(d, &key)?,
                        _ => match self.getitem(v, &key) {
                            Ok(x) => Some(x),
                            Err(e) if self.exc_is(&e, &self.t.key_error) => None,
                            Err(e) => return Err(e),
                        },
                    };
                    let Some(x) = found else { return Ok(false) };
                    if !self.match_pattern(p, &x, f)? {
                        return Ok(false);
                    }
                    seen.push(key);
                }
                if let Some(t) = rest {
                    let mut d = Dict::new();
                    for k in self.mapping_keys(v)? {
                        let mut used = false;
                        for s in &seen {
                            if self.eq(s, &k)? {
                                used = true;
                                break;
                            }
                        }
                        if !used {
                            let x = self.getitem(v, &k)?;
                            self.dict_set(&mut d, k, x)?;
                        }
                    }
                    self.assign(t, Value::dict(d), f)?;
                }
                Ok(true)
            }
            Pattern::Class {
                cls,
                patterns,
                keywords,
            } => {
                let c = self.eval(cls, f)?;
                let Value::Class(c) = &c else {
                    return Err(self.type_error("called match pattern must be a class"));
                };
                if !self.type_of(v).is_subclass(c) {
                    return Ok(false);
                }
                if !patterns.is_empty() {
                    let self_matching = c.layout == Layout::Native;
                    if self_matching {
                        if patterns.len() > 1 {
                            return Err(self.type_error(format!(
                                "{}() accepts 1 positional sub-pattern ({} given)",
                                c.name,
                                patterns.len()
                            )));
                        }
                        if !self.match_pattern(&patterns[0], v, f)? {
                            return Ok(false);
                        }
                    } else {
                        let args = match c.lookup(&Name::new("__match_args__")) {
                            Some(a) => self.to_vec(&a)?,
                            None => Vec::new(),
                        };
                        if patterns.len() > args.len() {
                            return Err(self.type_error(format!(
                                "{}() accepts {} positional sub-pattern{} ({} given)",
                                c.name,
                                args.len(),
                                if args.len() == 1 { "" } else { "s" },
                                patterns.len()
                            )));
                        }
                        for (p, name) in patterns.iter().zip(&args) {
                            let name = Name::new(&self.str_of(name)?);
                            let Ok(x) = self.getattr(v, &name) else {
                                return Ok(false);
                            };
                            if !self.match_pattern(p, &x, f)? {
                                return Ok(false);
                            }
                        }
                    }
                }
                for (name, p) in keywords {
                    match self.getattr(v, name) {
                        Ok(x) => {
                            if !self.match_pattern(p, &x, f)? {
                                return Ok(false);
                            }
                        }
                        Err(e) if self.exc_is(&e, &self.t.attribute_error) => return Ok(false),
                        Err(e) => return Err(e),
                    }
                }
                Ok(true)
            }
        }
    }
}
