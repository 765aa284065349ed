//! The iterators that end with their input: accumulate, chain, compress,
//! dropwhile, takewhile, filterfalse, starmap, groupby, islice, pairwise,
//! tee and zip_longest.

use super::*;

// ---- accumulate -----------------------------------------------------------

pub(super) struct Accumulate {
    it: Value,
    func: Value,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

pub(super) fn accumulate_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.accumulate")?;
    let pos = &a[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let p = params(
        vm,
        "accumulate",
        pos,
        kw,
        &["iterable", "func", "initial"],
        1,
    )?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let initial = p[2].clone().filter(|v| !v.is_none());
    Ok(Instance::with_data(
        cls,
        Accumulate {
            it,
            func: p[1].clone().unwrap_or(Value::None),
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    ))
}

pub(super) fn accumulate_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let acc = this::<Accumulate>(vm, a, "accumulate")?;
    let initial = acc.initial.borrow_mut().take();
    if let Some(v) = initial {
        *acc.total.borrow_mut() = Some(v.clone());
        return Ok(v);
    }
    let v = next_or_stop(vm, &acc.it)?;
    let total = acc.total.borrow().clone();
    let new = match total {
        None => v,
        Some(t) => {
            if acc.func.is_none() {
                vm.binary(BinOp::Add, &t, &v)?
            } else {
                vm.call(&acc.func, Args::new(vec![t, v]))?
            }
        }
    };
    *acc.total.borrow_mut() = Some(new.clone());
    Ok(new)
}

// ---- chain ----------------------------------------------------------------

pub(super) struct Chain {
    /// The iterator over the iterables; `None` once exhausted.
    source: RefCell<Option<Value>>,
    active: RefCell<Option<Value>>,
}

pub(super) fn chain_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.chain")?;
    no_kw(vm, "chain", kw)?;
    let source = vm.iter(&Value::tuple(a[1..].to_vec()))?;
    Ok(Instance::with_data(
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

pub(super) fn chain_from_iterable(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "from_iterable", a, 2, 2)?;
    let cls = cls_of(vm, a, "itertools.chain")?;
    let source = vm.iter(&a[1])?;
    Ok(Instance::with_data(
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

pub(super) fn chain_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Chain>(vm, a, "chain")?;
    loop {
        let active = c.active.borrow().clone();
        let active = match active {
            Some(it) => it,
            None => {
                let source = c.source.borrow().clone();
                let Some(source) = source else {
                    return Err(stop(vm));
                };
                match vm.next(&source)? {
                    None => {
                        *c.source.borrow_mut() = None;
                        return Err(stop(vm));
                    }
                    Some(iterable) => {
                        let it = vm.iter(&iterable)?;
                        *c.active.borrow_mut() = Some(it.clone());
                        it
                    }
                }
            }
        };
        match vm.next(&active)? {
            Some(v) => return Ok(v),
            None => *c.active.borrow_mut() = None,
        }
    }
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ---------------

pub(super) struct Compress {
    data: Value,
    selectors: Value,
}

pub(super) fn compress_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.compress")?;
    let p = params(vm, "compress", &a[1..], kw, &["data", "selectors"], 2)?;
    let data = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = vm.iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(Instance::with_data(cls, Compress { data, selectors }))
}

pub(super) fn compress_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Compress>(vm, a, "compress")?;
    loop {
        let d = next_or_stop(vm, &c.data)?;
        let s = next_or_stop(vm, &c.selectors)?;
        if vm.truthy(&s)? {
            return Ok(d);
        }
    }
}

/// A predicate and an iterator, with a flag (dropwhile: still dropping;
/// takewhile: stopped).
pub(super) struct PredIter {
    pred: Value,
    it: Value,
    flag: Cell<bool>,
}

pub(super) fn pred_iter(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
) -> R<Value> {
    let cls = cls_of(vm, a, key_of(name))?;
    exact(vm, name, &a[1..], kw, 2)?;
    let it = vm.iter(&a[2])?;
    Ok(Instance::with_data(
        cls,
        PredIter {
            pred: a[1].clone(),
            it,
            flag: Cell::new(name == "dropwhile"),
        },
    ))
}

pub(super) fn test(vm: &'static Vm, pred: &Value, v: &Value) -> R<bool> {
    if pred.is_none() {
        return vm.truthy(v);
    }
    let r = vm.call(pred, Args::new(vec![v.clone()]))?;
    vm.truthy(&r)
}

pub(super) fn dropwhile_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "dropwhile")
}

pub(super) fn dropwhile_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let d = this::<PredIter>(vm, a, "dropwhile")?;
    loop {
        let v = next_or_stop(vm, &d.it)?;
        if !d.flag.get() {
            return Ok(v);
        }
        if !test(vm, &d.pred, &v)? {
            d.flag.set(false);
            return Ok(v);
        }
    }
}

pub(super) fn takewhile_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "takewhile")
}

pub(super) fn takewhile_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let t = this::<PredIter>(vm, a, "takewhile")?;
    if t.flag.get() {
        return Err(stop(vm));
    }
    let v = next_or_stop(vm, &t.it)?;
    if test(vm, &t.pred, &v)? {
        return Ok(v);
    }
    t.flag.set(true);
    Err(stop(vm))
}

pub(super) fn filterfalse_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "filterfalse")
}

pub(super) fn filterfalse_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this::<PredIter>(vm, a, "filterfalse")?;
    loop {
        let v = next_or_stop(vm, &f.it)?;
        if !test(vm, &f.pred, &v)? {
            return Ok(v);
        }
    }
}

pub(super) fn starmap_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "starmap")
}

pub(super) fn starmap_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let s = this::<PredIter>(vm, a, "starmap")?;
    let args = next_or_stop(vm, &s.it)?;
    let args = vm.to_vec(&args)?;
    vm.call(&s.pred, Args::new(args))
}

// ---- groupby --------------------------------------------------------------

pub(super) struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: RefCell<Option<Value>>,
    currkey: RefCell<Option<Value>>,
    currvalue: RefCell<Option<Value>>,
    /// Which grouper is current; earlier ones are exhausted.
    currgrouper: Cell<u64>,
}

pub(super) struct Grouper {
    parent: Value,
    tgtkey: Value,
    id: u64,
}

pub(super) fn groupby_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.groupby")?;
    let p = params(vm, "groupby", &a[1..], kw, &["iterable", "key"], 1)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Instance::with_data(
        cls,
        GroupBy {
            it,
            keyfunc: p[1].clone().unwrap_or(Value::None),
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            currgrouper: Cell::new(0),
        },
    ))
}

/// Reads the next value and its key.
pub(super) fn groupby_step(vm: &'static Vm, g: &GroupBy) -> R<()> {
    let v = next_or_stop(vm, &g.it)?;
    let k = if g.keyfunc.is_none() {
        v.clone()
    } else {
        vm.call(&g.keyfunc, Args::new(vec![v.clone()]))?
    };
    *g.currvalue.borrow_mut() = Some(v);
    *g.currkey.borrow_mut() = Some(k);
    Ok(())
}

pub(super) fn groupby_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let g = this::<GroupBy>(vm, a, "groupby")?;
    g.currgrouper.set(g.currgrouper.get() + 1);
    loop {
        let currkey = g.currkey.borrow().clone();
        let tgtkey = g.tgtkey.borrow().clone();
        match (currkey, tgtkey) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !(t.is(&c) || vm.eq(&t, &c)?) {
                    break;
                }
            }
        }
        groupby_step(vm, g)?;
    }
    let key = g.currkey.borrow().clone().unwrap_or(Value::None);
    *g.tgtkey.borrow_mut() = Some(key.clone());
    let Some(class) = registered("itertools._grouper") else {
        return Err(stop(vm));
    };
    let grouper = Instance::with_data(
        class,
        Grouper {
            parent: a[0].clone(),
            tgtkey: key.clone(),
            id: g.currgrouper.get(),
        },
    );
    Ok(Value::tuple(vec![key, grouper]))
}

pub(super) fn grouper_new(vm: &'static Vm, _: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}

pub(super) fn grouper_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let gr = this::<Grouper>(vm, a, "_grouper")?;
    let Some(g) = data_of::<GroupBy>(&gr.parent) else {
        return Err(stop(vm));
    };
    if g.currgrouper.get() != gr.id {
        return Err(stop(vm));
    }
    if g.currvalue.borrow().is_none() {
        groupby_step(vm, g)?;
    }
    let currkey = g.currkey.borrow().clone().unwrap_or(Value::None);
    if !(gr.tgtkey.is(&currkey) || vm.eq(&gr.tgtkey, &currkey)?) {
        return Err(stop(vm));
    }
    let v = g.currvalue.borrow_mut().take();
    v.ok_or_else(|| stop(vm))
}

// ---- islice ---------------------------------------------------------------

pub(super) struct ISlice {
    it: RefCell<Option<Value>>,
    next: Cell<usize>,
    stop: Option<usize>,
    step: usize,
    cnt: Cell<usize>,
}

/// An islice index: a non-negative int, or `None` (given as None).
pub(super) fn slice_index(vm: &'static Vm, v: &Value) -> Option<Option<usize>> {
    if v.is_none() {
        return Some(None);
    }
    match vm.index_of(v) {
        Ok(Some(i)) if i >= 0 => Some(Some(i as usize)),
        _ => None,
    }
}

pub(super) fn islice_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.islice")?;
    no_kw(vm, "islice", kw)?;
    let args = &a[1..];
    arity(vm, "islice", args, 2, 4)?;
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop_at) = if args.len() == 2 {
        let s = slice_index(vm, &args[1]).ok_or_else(|| vm.value_error(STOP))?;
        (Some(0), s)
    } else {
        let start = slice_index(vm, &args[1]);
        let s = slice_index(vm, &args[2]).ok_or_else(|| vm.value_error(STOP))?;
        (start.map(|s| s.unwrap_or(0)), s)
    };
    let Some(start) = start else {
        return Err(vm.value_error(INDICES));
    };
    let step = match args.get(3) {
        None | Some(Value::None) => 1,
        Some(v) => match vm.index_of(v) {
            Ok(Some(i)) if i >= 1 => i as usize,
            _ => 0,
        },
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&args[0])?;
    Ok(Instance::with_data(
        cls,
        ISlice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop: stop_at,
            step,
            cnt: Cell::new(0),
        },
    ))
}

pub(super) fn islice_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let s = this::<ISlice>(vm, a, "islice")?;
    let it = s.it.borrow().clone();
    let Some(it) = it else {
        return Err(stop(vm));
    };
    let empty = |s: &ISlice| {
        *s.it.borrow_mut() = None;
        Err(stop(vm))
    };
    while s.cnt.get() < s.next.get() {
        if vm.next(&it)?.is_none() {
            return empty(s);
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if s.stop.is_some_and(|stop| s.cnt.get() >= stop) {
        return empty(s);
    }
    let Some(item) = vm.next(&it)? else {
        return empty(s);
    };
    s.cnt.set(s.cnt.get() + 1);
    let old = s.next.get();
    let mut next = old.saturating_add(s.step);
    if let Some(stop) = s.stop {
        if next > stop {
            next = stop;
        }
    }
    s.next.set(next);
    Ok(item)
}

// ---- pairwise -------------------------------------------------------------

pub(super) struct Pairwise {
    it: RefCell<Option<Value>>,
    old: RefCell<Option<Value>>,
}

pub(super) fn pairwise_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.pairwise")?;
    exact(vm, "pairwise", &a[1..], kw, 1)?;
    let it = vm.iter(&a[1])?;
    Ok(Instance::with_data(
        cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

pub(super) fn pairwise_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let p = this::<Pairwise>(vm, a, "pairwise")?;
    let it = p.it.borrow().clone();
    let Some(it) = it else {
        return Err(stop(vm));
    };
    let old = p.old.borrow().clone();
    let old = match old {
        Some(o) => o,
        None => match vm.next(&it)? {
            Some(o) => {
                *p.old.borrow_mut() = Some(o.clone());
                o
            }
            None => {
                *p.it.borrow_mut() = None;
                return Err(stop(vm));
            }
        },
    };
    match vm.next(&it)? {
        Some(new) => {
            *p.old.borrow_mut() = Some(new.clone());
            Ok(Value::tuple(vec![old, new]))
        }
        None => {
            *p.it.borrow_mut() = None;
            *p.old.borrow_mut() = None;
            Err(stop(vm))
        }
    }
}

// ---- tee ------------------------------------------------------------------

/// What the iterators of one tee() share: the source and the items some
/// of them have not read yet.
pub(super) struct TeeShared {
    it: Value,
    buf: RefCell<VecDeque<Value>>,
    /// The position of `buf[0]` in the source.
    base: Cell<usize>,
    readers: RefCell<Vec<Weak<Cell<usize>>>>,
    exhausted: Cell<bool>,
    running: Cell<bool>,
}

pub(super) struct Tee {
    shared: Rc<TeeShared>,
    pos: Rc<Cell<usize>>,
}

impl TeeShared {
    fn reader(self: &Rc<TeeShared>, pos: usize) -> Tee {
        let pos = Rc::new(Cell::new(pos));
        self.readers.borrow_mut().push(Rc::downgrade(&pos));
        Tee {
            shared: self.clone(),
            pos,
        }
    }

    /// Drops the items every reader has passed.
    fn trim(&self) {
        let mut readers = self.readers.borrow_mut();
        readers.retain(|w| w.strong_count() > 0);
        let min = readers
            .iter()
            .filter_map(|w| w.upgrade().map(|p| p.get()))
            .min();
        drop(readers);
        let Some(min) = min else { return };
        let mut buf = self.buf.borrow_mut();
        while self.base.get() < min && !buf.is_empty() {
            buf.pop_front();
            self.base.set(self.base.get() + 1);
        }
    }
}

pub(super) fn tee_class(vm: &'static Vm) -> R<Rc<Class>> {
    ensure(vm);
    registered("itertools._tee").ok_or_else(|| vm.type_error("tee is not set up"))
}

/// `_tee(iterable)`: a tee iterator over it.
pub(super) fn tee_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools._tee")?;
    exact(vm, "_tee", &a[1..], kw, 1)?;
    let it = vm.iter(&a[1])?;
    if let Some(t) = data_of::<Tee>(&it) {
        let copy = t.shared.reader(t.pos.get());
        return Ok(Instance::with_data(cls, copy));
    }
    Ok(Instance::with_data(cls, fresh_tee(it)))
}

pub(super) fn fresh_tee(it: Value) -> Tee {
    let shared = Rc::new(TeeShared {
        it,
        buf: RefCell::new(VecDeque::new()),
        base: Cell::new(0),
        readers: RefCell::new(Vec::new()),
        exhausted: Cell::new(false),
        running: Cell::new(false),
    });
    shared.reader(0)
}

pub(super) fn tee_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let t = this::<Tee>(vm, a, "_tee")?;
    let s = &t.shared;
    let p = t.pos.get();
    let buffered = {
        let buf = s.buf.borrow();
        p.checked_sub(s.base.get())
            .and_then(|i| buf.get(i).cloned())
    };
    if let Some(v) = buffered {
        t.pos.set(p + 1);
        s.trim();
        return Ok(v);
    }
    if s.exhausted.get() {
        return Err(stop(vm));
    }
    if s.running.get() {
        return Err(vm.runtime_error("cannot re-enter the tee iterator"));
    }
    s.running.set(true);
    let r = vm.next(&s.it);
    s.running.set(false);
    match r? {
        None => {
            s.exhausted.set(true);
            Err(stop(vm))
        }
        Some(v) => {
            s.buf.borrow_mut().push_back(v.clone());
            t.pos.set(p + 1);
            s.trim();
            Ok(v)
        }
    }
}

pub(super) fn tee_copy(vm: &'static Vm, a: &[Value]) -> R<Value> {
    let t = recv::<Tee>(vm, a, "itertools._tee", "__copy__")?;
    let copy = t.shared.reader(t.pos.get());
    Ok(Instance::with_data(tee_class(vm)?, copy))
}

/// `tee(iterable, n=2)`.
pub(super) fn tee(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    arity(vm, "tee", a, 1, 2)?;
    let n = match a.get(1) {
        Some(v) => size_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    let it = vm.iter(&a[0])?;
    let class = tee_class(vm)?;
    let first = if data_of::<Tee>(&it).is_some() {
        it
    } else {
        Instance::with_data(class.clone(), fresh_tee(it))
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(tee_copy(vm, std::slice::from_ref(&first))?);
    }
    Ok(Value::tuple(out))
}

// ---- zip_longest ----------------------------------------------------------

pub(super) struct ZipLongest {
    its: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

pub(super) fn zip_longest_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.zip_longest")?;
    let mut fill = Value::None;
    for (k, v) in kw {
        if k.as_str() != "fillvalue" {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for x in &a[1..] {
        its.push(Some(vm.iter(x)?));
    }
    let n = its.len();
    Ok(Instance::with_data(
        cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fill,
        },
    ))
}

pub(super) fn zip_longest_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let z = this::<ZipLongest>(vm, a, "zip_longest")?;
    let n = z.its.borrow().len();
    if n == 0 || z.active.get() == 0 {
        return Err(stop(vm));
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = z.its.borrow().get(i).cloned().flatten();
        let item = match it {
            None => z.fill.clone(),
            Some(it) => match vm.next(&it) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    z.active.set(z.active.get() - 1);
                    if z.active.get() == 0 {
                        return Err(stop(vm));
                    }
                    if let Some(slot) = z.its.borrow_mut().get_mut(i) {
                        *slot = None;
                    }
                    z.fill.clone()
                }
                Err(e) => {
                    z.active.set(0);
                    return Err(e);
                }
            },
        };
        out.push(item);
    }
    Ok(Value::tuple(out))
}
