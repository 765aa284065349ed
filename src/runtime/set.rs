//! Python's set, laid out as CPython lays it out (open addressing, nine
//! linear probes then perturbation, growth at 60% fill), because a set's
//! iteration order is its table order and programs print sets.

use super::dict::plain_eq;
use super::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct Set {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

pub enum SetLookup {
    Found(usize),
    Absent,
    NeedsEq(Vec<usize>),
}

impl Default for Set {
    fn default() -> Set {
        Set::new()
    }
}

impl Set {
    pub fn new() -> Set {
        Set {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The probe sequence from `hash`, calling `visit` on each slot index
    /// until it returns true.
    fn probe(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> bool) {
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64 as usize;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if visit(j) {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    pub fn lookup(&self, hash: i64, key: &Value) -> SetLookup {
        let mut needs = Vec::new();
        let mut found = None;
        Set::probe(self.mask(), hash, |j| match &self.table[j] {
            Slot::Empty => true,
            Slot::Dummy => false,
            Slot::Full(h, k) => {
                if *h == hash {
                    match plain_eq(k, key) {
                        Some(true) => {
                            found = Some(j);
                            return true;
                        }
                        Some(false) => {}
                        None => needs.push(j),
                    }
                }
                false
            }
        });
        match found {
            Some(j) => SetLookup::Found(j),
            None if needs.is_empty() => SetLookup::Absent,
            None => SetLookup::NeedsEq(needs),
        }
    }

    pub fn key_at(&self, j: usize) -> Option<&Value> {
        match self.table.get(j) {
            Some(Slot::Full(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Adds a key known to be absent (CPython's set_add_entry after its
    /// search: the first dummy on the probe path is reused).
    pub fn insert_absent(&mut self, hash: i64, key: Value) {
        let mut free = None;
        let mut empty = 0;
        Set::probe(self.mask(), hash, |j| match &self.table[j] {
            Slot::Empty => {
                empty = j;
                true
            }
            Slot::Dummy => {
                free.get_or_insert(j);
                false
            }
            Slot::Full(..) => false,
        });
        self.used += 1;
        if let Some(j) = free {
            self.table[j] = Slot::Full(hash, key);
            return;
        }
        self.table[empty] = Slot::Full(hash, key);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        let mask = size - 1;
        for slot in old {
            if let Slot::Full(h, k) = slot {
                let mut at = 0;
                Set::probe(mask, h, |j| {
                    at = j;
                    matches!(self.table[j], Slot::Empty)
                });
                self.table[at] = Slot::Full(h, k);
            }
        }
    }

    /// Makes room before merging `incoming` more keys, as set_merge does.
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    pub fn remove_at(&mut self, j: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[j], Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.table[j] = other;
                None
            }
        }
    }

    /// set.pop(): the next entry from a moving finger, as CPython does.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.table[j], Slot::Full(..)) {
            j = (j + 1) & mask;
        }
        self.finger = j + 1;
        self.remove_at(j)
    }

    pub fn clear(&mut self) {
        *self = Set::new();
    }

    /// Keys with their hashes, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }
}
