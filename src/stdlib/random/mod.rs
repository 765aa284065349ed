//! The `random` module: CPython 3.11's `random.Random` (Lib/random.py on
//! top of Modules/_randommodule.c) in Rust, so that a seeded generator
//! yields CPython's values bit for bit. `Random` is a stdlib class whose
//! instances carry the Mersenne Twister state (mt.rs); the module's
//! functions are the bound methods of one hidden instance, as in CPython.
//! sequences.rs and distributions.rs hold the methods built on
//! `random()` and `_randbelow()`; args.rs the argument handling that the
//! other stdlib modules written here share.
//!
//! A Python subclass may override `random()`, `getrandbits()` or
//! `_randbelow()`: the other methods then go through them (`Gen`), with
//! the choice `Random.__init_subclass__` makes.

mod args;
mod distributions;
mod mt;
mod sequences;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::construct::float_to_big;
use super::math::real;
use super::{builtin, new_module, stdlib_class};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;
use args::{big_arg, c_args, int_value, is_int, method};
pub(crate) use args::{bind, index_arg, index_value, to_big, Sig};
use distributions::*;
use mt::{sha512, Mt};
use sequences::{choice, choices, sample, shuffle};

pub(super) type State = RefCell<Mt>;

pub(super) const TWOPI: f64 = std::f64::consts::TAU;
pub(super) const NV_MAGICCONST: f64 = 1.7155277699214135;
pub(super) const LOG4: f64 = 1.3862943611198906;
pub(super) const SG_MAGICCONST: f64 = 2.504077396776274;
const BPF: u32 = 53;

thread_local! {
    /// `random.Random`, for this thread's interpreter.
    static CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

fn base_class() -> Option<Rc<Class>> {
    CLASS.with(|c| c.borrow().clone())
}

pub fn module(vm: &'static Vm) -> Value {
    let class = random_class(vm);
    CLASS.with(|c| *c.borrow_mut() = Some(class.clone()));
    let system = system_random_class(vm, &class);
    let inst = Instance::with_data(class.clone(), RefCell::new(Mt::default()));
    if let Some(st) = state_of(&inst) {
        st.borrow_mut().seed_os();
    }
    set_gauss_next(&inst, Value::None);
    let m = new_module("random");
    {
        let mut d = m.dict.borrow_mut();
        d.insert(Name::new("Random"), Value::Class(class.clone()));
        d.insert(Name::new("SystemRandom"), Value::Class(system));
        for name in [
            "seed",
            "random",
            "uniform",
            "triangular",
            "randint",
            "choice",
            "randrange",
            "sample",
            "shuffle",
            "choices",
            "normalvariate",
            "lognormvariate",
            "expovariate",
            "vonmisesvariate",
            "gammavariate",
            "gauss",
            "betavariate",
            "paretovariate",
            "weibullvariate",
            "getstate",
            "setstate",
            "getrandbits",
            "randbytes",
        ] {
            if let Some(f) = class.dict.borrow().get(&Name::new(name)) {
                let bound = Value::Method(Rc::new(Method {
                    func: f.clone(),
                    receiver: inst.clone(),
                }));
                d.insert(Name::new(name), bound);
            }
        }
        let all = [
            "Random",
            "SystemRandom",
            "betavariate",
            "choice",
            "choices",
            "expovariate",
            "gammavariate",
            "gauss",
            "getrandbits",
            "getstate",
            "lognormvariate",
            "normalvariate",
            "paretovariate",
            "randbytes",
            "randint",
            "random",
            "randrange",
            "sample",
            "seed",
            "setstate",
            "shuffle",
            "triangular",
            "uniform",
            "vonmisesvariate",
            "weibullvariate",
        ];
        let all = all.iter().map(|n| Value::str(*n)).collect();
        d.insert(Name::new("__all__"), Value::list(all));
        d.insert(Name::new("NV_MAGICCONST"), Value::Float(NV_MAGICCONST));
        d.insert(Name::new("TWOPI"), Value::Float(TWOPI));
        d.insert(Name::new("LOG4"), Value::Float(LOG4));
        d.insert(Name::new("SG_MAGICCONST"), Value::Float(SG_MAGICCONST));
        d.insert(Name::new("BPF"), Value::Int(BPF as i64));
        d.insert(
            Name::new("RECIP_BPF"),
            Value::Float(1.0 / 9_007_199_254_740_992.0),
        );
    }
    Value::Module(m)
}

fn random_class(vm: &'static Vm) -> Rc<Class> {
    let class = stdlib_class(vm, "Random", "random", METHODS);
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Name::new("__new__"),
            Value::StaticMethod(Rc::new(builtin("__new__", new_random))),
        );
        d.insert(Name::new("VERSION"), Value::Int(3));
    }
    class
}

/// `random.SystemRandom`: a Random subclass drawing from /dev/urandom.
fn system_random_class(vm: &'static Vm, base: &Rc<Class>) -> Rc<Class> {
    let mut attrs = Attrs::default();
    super::add_fns(
        &mut attrs,
        &[
            ("random", sys_random),
            ("getrandbits", sys_getrandbits),
            ("randbytes", sys_randbytes),
            ("seed", |_, _, _| Ok(Value::None)),
            ("getstate", sys_no_state),
            ("setstate", sys_no_state),
        ],
    );
    attrs.insert(Name::new("__module__"), Value::str("random"));
    crate::interp::types::new_class(vm, Name::new("SystemRandom"), vec![base.clone()], attrs)
        .unwrap_or_else(|_| base.clone())
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("__init__", init),
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("getstate", getstate),
    ("setstate", setstate),
    ("_randbelow", randbelow),
    ("randbytes", randbytes),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("shuffle", shuffle),
    ("sample", sample),
    ("choices", choices),
    ("uniform", uniform),
    ("triangular", triangular),
    ("normalvariate", normalvariate),
    ("gauss", gauss),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("vonmisesvariate", vonmisesvariate),
    ("gammavariate", gammavariate),
    ("betavariate", betavariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
];

// ---- the generator behind a method call -----------------------------

/// How `_randbelow` works for the receiver's class.
#[derive(Clone, Copy, PartialEq)]
enum Below {
    /// `_randbelow_with_getrandbits` with this class's `getrandbits`.
    Bits,
    /// `_randbelow_without_getrandbits`, from `random()` alone.
    NoBits,
    /// The class's own `_randbelow`.
    Custom,
}

/// The receiver of a Random method, and which of its core methods are
/// Random's own (run natively) or overridden in Python.
pub(super) struct Gen<'a> {
    pub vm: &'static Vm,
    pub this: &'a Value,
    pub st: &'a State,
    own_random: bool,
    own_bits: bool,
    below: Below,
}

fn state_of(v: &Value) -> Option<&State> {
    match v {
        Value::Instance(i) => i.data::<State>(),
        _ => None,
    }
}

/// Is `name`, looked up on `class`, Random's own method?
fn inherited(class: &Rc<Class>, base: &Rc<Class>, name: &str) -> bool {
    let name = Name::new(name);
    match (class.lookup(&name), base.dict.borrow().get(&name)) {
        (Some(a), Some(b)) => a.is(b),
        _ => false,
    }
}

impl<'a> Gen<'a> {
    fn new(vm: &'static Vm, this: &'a Value, fname: &str) -> R<Gen<'a>> {
        let Some(st) = state_of(this) else {
            return Err(vm.type_error(format!(
                "descriptor '{fname}' for 'Random' objects doesn't apply to a '{}' object",
                vm.type_name(this)
            )));
        };
        let mut g = Gen {
            vm,
            this,
            st,
            own_random: true,
            own_bits: true,
            below: Below::Bits,
        };
        let (Value::Instance(inst), Some(base)) = (this, base_class()) else {
            return Ok(g);
        };
        if Rc::ptr_eq(&inst.class, &base) {
            return Ok(g);
        }
        g.own_random = inherited(&inst.class, &base, "random");
        g.own_bits = inherited(&inst.class, &base, "getrandbits");
        // Random.__init_subclass__: the first class of the MRO that
        // defines one of these decides.
        let (rb, bits, rnd) = (
            Name::new("_randbelow"),
            Name::new("getrandbits"),
            Name::new("random"),
        );
        for c in inst.class.mro_iter() {
            if Rc::ptr_eq(c, &base) {
                break;
            }
            let d = c.dict.borrow();
            if d.contains_key(&rb) {
                g.below = Below::Custom;
                break;
            }
            if d.contains_key(&bits) {
                break;
            }
            if d.contains_key(&rnd) {
                g.below = Below::NoBits;
                break;
            }
        }
        Ok(g)
    }

    /// Runs natively: no Python code can see the state meanwhile.
    pub fn native(&self) -> bool {
        self.own_random && self.own_bits && self.below == Below::Bits
    }

    pub fn random(&self) -> R<f64> {
        if self.own_random {
            return Ok(self.st.borrow_mut().random());
        }
        let r = self
            .vm
            .call_method(self.this, &Name::new("random"), Args::default())?;
        real(self.vm, &r)
    }

    pub fn getrandbits(&self, k: u64) -> R<BigInt> {
        if self.own_bits {
            return Ok(self.st.borrow_mut().bits(k));
        }
        let r = self.vm.call_method(
            self.this,
            &Name::new("getrandbits"),
            Args::new(vec![int_value(BigInt::from(k))]),
        )?;
        big_arg(self.vm, &r)
    }

    /// A random int in [0, n), n > 0.
    pub fn below(&self, n: u64) -> R<u64> {
        if self.below == Below::Bits && self.own_bits {
            return Ok(self.st.borrow_mut().below_u64(n));
        }
        let r = self.below_big(&BigInt::from(n))?;
        Ok(r.to_u64().unwrap_or(0))
    }

    pub fn below_big(&self, n: &BigInt) -> R<BigInt> {
        match self.below {
            Below::Bits => {
                if self.own_bits {
                    if let Some(small) = n.to_u64() {
                        return Ok(BigInt::from(self.st.borrow_mut().below_u64(small)));
                    }
                    return Ok(self.st.borrow_mut().below_big(n));
                }
                let k = n.bits();
                loop {
                    let r = self.getrandbits(k)?;
                    if &r < n {
                        return Ok(r);
                    }
                }
            }
            Below::NoBits => {
                let maxsize = BigInt::one() << BPF;
                if n >= &maxsize {
                    let nf = n
                        .to_f64()
                        .filter(|f| f.is_finite())
                        .ok_or_else(|| self.vm.overflow("int too large to convert to float"))?;
                    let x = (self.random()? * nf).floor();
                    return Ok(float_to_big(x));
                }
                let rem = (&maxsize % n).to_f64().unwrap_or(0.0);
                let max = (1u64 << BPF) as f64;
                let limit = (max - rem) / max;
                let mut r = self.random()?;
                while r >= limit {
                    r = self.random()?;
                }
                Ok(float_to_big((r * max).floor()).mod_floor(n))
            }
            Below::Custom => {
                let r = self.vm.call_method(
                    self.this,
                    &Name::new("_randbelow"),
                    Args::new(vec![int_value(n.clone())]),
                )?;
                big_arg(self.vm, &r)
            }
        }
    }

    /// Calls `self.name(args)` when a subclass overrides it.
    pub fn overridden(&self, name: &str) -> bool {
        match (self.this, base_class()) {
            (Value::Instance(i), Some(base)) => {
                !Rc::ptr_eq(&i.class, &base) && !inherited(&i.class, &base, name)
            }
            _ => false,
        }
    }

    pub fn call(&self, name: &str, args: Vec<Value>) -> R<Value> {
        self.vm
            .call_method(self.this, &Name::new(name), Args::new(args))
    }
}

/// The bytes of a bytearray (or of an instance of a subclass).
fn bytearray_bytes(vm: &'static Vm, v: &Value) -> R<Option<Vec<u8>>> {
    let Value::Instance(i) = v else {
        return Ok(None);
    };
    let is_bytearray = i
        .class
        .mro_iter()
        .any(|c| c.name.as_str() == "bytearray" && c.module.borrow().as_ref() == "builtins");
    if !is_bytearray {
        return Ok(None);
    }
    match vm.call(
        &Value::Class(vm.t.bytes.clone()),
        Args::new(vec![v.clone()]),
    )? {
        Value::Bytes(b) => Ok(Some(b.to_vec())),
        _ => Ok(None),
    }
}

pub(super) fn gauss_name() -> Name {
    Name::new("gauss_next")
}

pub(super) fn set_gauss_next(this: &Value, v: Value) {
    if let Value::Instance(i) = this {
        i.dict.borrow_mut().insert(gauss_name(), v);
    }
}

// ---- construction and state -----------------------------------------

fn new_random(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let Some(base) = base_class() else {
        return Err(vm.type_error("random.Random is not initialised"));
    };
    let cls = match a.first() {
        Some(Value::Class(c)) if c.is_subclass(&base) => c.clone(),
        Some(Value::Class(c)) => {
            return Err(vm.type_error(format!(
                "Random.__new__({}): {} is not a subtype of Random",
                c.name, c.name
            )))
        }
        _ => return Err(vm.type_error("Random.__new__(X): X is not a type object")),
    };
    // Unseeded until `__init__` (which the interpreter calls next) seeds it.
    let obj = Instance::with_data(cls, RefCell::new(Mt::default()));
    Ok(obj)
}

fn init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.__init__", &["self", "x"], 1, a, kw)?;
    let x = p[1].clone().unwrap_or(Value::None);
    let g = Gen::new(vm, &this, "__init__")?;
    if g.overridden("seed") {
        g.call("seed", vec![x])?;
    } else {
        do_seed(vm, &this, &x, &Value::Int(2))?;
    }
    set_gauss_next(&this, Value::None);
    Ok(Value::None)
}

fn seed(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.seed", &["self", "a", "version"], 1, a, kw)?;
    let x = p[1].clone().unwrap_or(Value::None);
    let version = p[2].clone().unwrap_or(Value::Int(2));
    do_seed(vm, &this, &x, &version)?;
    Ok(Value::None)
}

/// Random.seed: str/bytes seeds become ints (version 2: the text and its
/// SHA-512), then `_random.Random.seed` seeds the twister.
fn do_seed(vm: &'static Vm, this: &Value, a: &Value, version: &Value) -> R<()> {
    let st = Gen::new(vm, this, "seed")?.st;
    let bytearray = bytearray_bytes(vm, a)?;
    let is_bytearray = bytearray.is_some();
    let v1 = vm.eq(version, &Value::Int(1))?;
    let v2 = !v1 && vm.eq(version, &Value::Int(2))?;
    let key: BigUint = if v1 && matches!(a, Value::Str(_) | Value::Bytes(_)) {
        let codes: Vec<u64> = match a {
            Value::Str(s) => s.text.chars().map(|c| c as u64).collect(),
            Value::Bytes(b) => b.iter().map(|&c| c as u64).collect(),
            _ => Vec::new(),
        };
        let mut x: u64 = codes.first().map_or(0, |c| c << 7);
        for c in &codes {
            x = (1_000_003u64.wrapping_mul(x)) ^ c;
        }
        x ^= codes.len() as u64;
        BigUint::from(x)
    } else if v2 && (matches!(a, Value::Str(_) | Value::Bytes(_)) || is_bytearray) {
        let mut bytes = match a {
            Value::Str(s) => s.text.as_bytes().to_vec(),
            Value::Bytes(b) => b.to_vec(),
            _ => bytearray.unwrap_or_default(),
        };
        let digest = sha512(&bytes);
        bytes.extend_from_slice(&digest);
        BigUint::from_bytes_be(&bytes)
    } else {
        let ok = matches!(
            a,
            Value::None
                | Value::Int(_)
                | Value::BigInt(_)
                | Value::Bool(_)
                | Value::Float(_)
                | Value::Str(_)
                | Value::Bytes(_)
        ) || is_bytearray
            || matches!(a, Value::Instance(i) if matches!(i.native, Some(Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_) | Value::Bytes(_))));
        if !ok {
            return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ));
        }
        if a.is_none() {
            st.borrow_mut().seed_os();
            set_gauss_next(this, Value::None);
            return Ok(());
        }
        if is_int(a) {
            let n = to_big(&index_arg(vm, a)?);
            n.magnitude().clone()
        } else {
            BigUint::from(vm.hash(a)? as u64)
        }
    };
    st.borrow_mut().seed_int(&key);
    set_gauss_next(this, Value::None);
    Ok(())
}

fn random(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    c_args(vm, "Random.random", a, kw, 0)?;
    let st = Gen::new(vm, &a[0], "random")?.st;
    let r = st.borrow_mut().random();
    Ok(Value::Float(r))
}

fn getrandbits(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    c_args(vm, "Random.getrandbits", a, kw, 1)?;
    let st = Gen::new(vm, &a[0], "getrandbits")?.st;
    let k = big_arg(vm, &a[1])?;
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = c_int_bits(vm, &k)?;
    Ok(int_value(st.borrow_mut().bits(k)))
}

fn getstate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, _) = method(vm, "Random.getstate", &["self"], 1, a, kw)?;
    let st = Gen::new(vm, &this, "getstate")?.st;
    let words: Vec<Value> = {
        let mt = st.borrow();
        mt.state
            .iter()
            .map(|&w| Value::Int(w as i64))
            .chain(std::iter::once(Value::Int(mt.index as i64)))
            .collect()
    };
    let gauss_next = match &this {
        Value::Instance(i) => i.dict.borrow().get(&gauss_name()).unwrap_or(Value::None),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        gauss_next,
    ]))
}

fn setstate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.setstate", &["self", "state"], 2, a, kw)?;
    let state = p[1].clone().unwrap_or(Value::None);
    let st = Gen::new(vm, &this, "setstate")?.st;
    let version = vm.getitem(&state, &Value::Int(0))?;
    let v3 = vm.eq(&version, &Value::Int(3))?;
    if !v3 && !vm.eq(&version, &Value::Int(2))? {
        return Err(vm.value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            vm.str_of(&version)?
        )));
    }
    let parts = vm.unpack(&state, 3, None)?;
    let mut internal = parts[1].clone();
    let gauss_next = parts[2].clone();
    set_gauss_next(&this, gauss_next);
    if !v3 {
        let items = vm.to_vec(&internal)?;
        let modulus = Value::Int(1 << 32);
        let mut out = Vec::with_capacity(items.len());
        for x in &items {
            out.push(vm.binary(BinOp::Mod, x, &modulus).map_err(|e| {
                if vm.exc_is(&e, &vm.t.value_error) {
                    vm.type_error("")
                } else {
                    e
                }
            })?);
        }
        internal = Value::tuple(out);
    }
    let Value::Tuple(words) = &internal else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if words.len() != Mt::WORDS + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = Mt::default();
    for (slot, w) in mt.state.iter_mut().zip(words.iter()) {
        *slot = c_ulong(vm, w)? as u32;
    }
    let index = match words.get(Mt::WORDS).map(|v| index_value(vm, v)) {
        Some(r) => r?.map(|v| to_big(&v)),
        None => None,
    };
    let Some(index) = index else {
        return Err(vm.type_error("an integer is required"));
    };
    match index.to_i64() {
        Some(i) if (0..=Mt::WORDS as i64).contains(&i) => mt.index = i as usize,
        Some(_) => return Err(vm.value_error("invalid state")),
        None => return Err(vm.overflow("Python int too large to convert to C long")),
    }
    *st.borrow_mut() = mt;
    Ok(Value::None)
}

/// A bit count for `getrandbits`, which takes a C int.
fn c_int_bits(vm: &Vm, k: &BigInt) -> R<u64> {
    k.to_i32()
        .map(|k| k as u64)
        .ok_or_else(|| vm.overflow("Python int too large to convert to C int"))
}

/// PyLong_AsUnsignedLong.
fn c_ulong(vm: &'static Vm, v: &Value) -> R<u64> {
    let Some(n) = index_value(vm, v)? else {
        return Err(vm.type_error("an integer is required"));
    };
    let n = to_big(&n);
    if n.is_negative() {
        return Err(vm.overflow("can't convert negative int to unsigned"));
    }
    n.to_u64()
        .ok_or_else(|| vm.overflow("Python int too large to convert to C unsigned long"))
}

// ---- integer methods ------------------------------------------------

fn randbelow(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random._randbelow_with_getrandbits",
        &["self", "n"],
        2,
        a,
        kw,
    )?;
    let n = big_arg(vm, &p[1].clone().unwrap_or(Value::None))?;
    let g = Gen::new(vm, &this, "_randbelow")?;
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    let k = n.bits();
    loop {
        let r = g.getrandbits(k)?;
        if r < n {
            return Ok(int_value(r));
        }
    }
}

fn randbytes(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.randbytes", &["self", "n"], 2, a, kw)?;
    let nv = p[1].clone().unwrap_or(Value::None);
    let g = Gen::new(vm, &this, "randbytes")?;
    let bits = vm.binary(BinOp::Mul, &nv, &Value::Int(8))?;
    let k = big_arg(vm, &bits)?;
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let n = big_arg(vm, &nv)?.to_usize().unwrap_or(0);
    let k = c_int_bits(vm, &k)?;
    let r = g.getrandbits(k)?;
    let mut bytes = if r.is_zero() {
        Vec::new()
    } else {
        r.magnitude().to_bytes_le()
    };
    if bytes.len() > n {
        return Err(vm.overflow("int too big to convert"));
    }
    bytes.resize(n, 0);
    Ok(Value::Bytes(Rc::new(bytes)))
}

/// randrange's conversion of an argument: `operator.index`, or an
/// integral value of `int()` (deprecated in 3.11, still accepted).
fn range_arg(vm: &'static Vm, v: &Value, msg: &str) -> R<BigInt> {
    if let Some(i) = index_value(vm, v)? {
        return Ok(to_big(&i));
    }
    let i = vm.to_int(v)?;
    if !vm.eq(&i, v)? {
        return Err(vm.value_error(msg));
    }
    Ok(to_big(&i))
}

fn randrange(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.randrange",
        &["self", "start", "stop", "step"],
        2,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "randrange")?;
    let start = p[1].clone().unwrap_or(Value::None);
    do_randrange(&g, &start, p[2].as_ref(), p[3].as_ref())
}

fn do_randrange(g: &Gen, start: &Value, stop: Option<&Value>, step: Option<&Value>) -> R<Value> {
    let vm = g.vm;
    // The common case, in machine integers.
    if let (Value::Int(s), Some(Value::Int(e)), None | Some(Value::Int(1))) = (start, stop, step) {
        let width = *e as i128 - *s as i128;
        if width > 0 && width <= u64::MAX as i128 {
            let r = g.below(width as u64)?;
            return Ok(int_value(BigInt::from(*s as i128 + r as i128)));
        }
    }
    let istart = range_arg(vm, start, "non-integer arg 1 for randrange()")?;
    let stop = match stop {
        Some(v) if !v.is_none() => v,
        _ => {
            if let Some(s) = step {
                if !matches!(s, Value::Int(1)) {
                    return Err(vm.type_error("Missing a non-None stop argument"));
                }
            }
            if istart.is_positive() {
                return Ok(int_value(g.below_big(&istart)?));
            }
            return Err(vm.value_error("empty range for randrange()"));
        }
    };
    let istop = range_arg(vm, stop, "non-integer stop for randrange()")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(vm, s, "non-integer step for randrange()")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            return Ok(int_value(&istart + g.below_big(&width)?));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::one()).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::one()).div_floor(&istep)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    Ok(int_value(istart + istep * g.below_big(&n)?))
}

fn randint(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.randint", &["self", "a", "b"], 3, a, kw)?;
    let lo = p[1].clone().unwrap_or(Value::None);
    let hi = p[2].clone().unwrap_or(Value::None);
    let g = Gen::new(vm, &this, "randint")?;
    if let (Value::Int(x), Value::Int(y)) = (&lo, &hi) {
        if !g.overridden("randrange") && y >= x {
            let width = (*y as i128 - *x as i128 + 1) as u128;
            if width <= u64::MAX as u128 {
                let r = g.below(width as u64)?;
                return Ok(int_value(BigInt::from(*x as i128 + r as i128)));
            }
        }
    }
    let stop = vm.binary(BinOp::Add, &hi, &Value::Int(1))?;
    if g.overridden("randrange") {
        return g.call("randrange", vec![lo, stop]);
    }
    do_randrange(&g, &lo, Some(&stop), None)
}
