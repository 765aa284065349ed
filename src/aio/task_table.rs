//! Tasks in creation order, as the loop keeps the ones not yet done
//! (`all_tasks`, the deadlock report) and a TaskGroup its children: a
//! vector sorted by creation serial (which each task keeps), where a task
//! that leaves becomes a hole holding its serial, found by binary search,
//! and the holes are swept out once they are half of it. 16 bytes a task,
//! a third of what a B-tree took, for tables that can hold a hundred
//! thousand.

use crate::runtime::Value;

#[derive(Default)]
pub struct TaskTable {
    /// Tasks, and holes: `Value::Int(serial)` (no task is an int).
    entries: Vec<Value>,
    live: usize,
}

fn key(entry: &Value) -> u64 {
    match entry {
        Value::Int(serial) => *serial as u64,
        task => super::task::serial(task).unwrap_or(0),
    }
}

fn is_hole(entry: &Value) -> bool {
    matches!(entry, Value::Int(_))
}

impl TaskTable {
    pub fn insert(&mut self, serial: u64, task: Value) {
        match self.entries.last() {
            // The common case: the newest task has the largest serial.
            Some(last) if key(last) >= serial => {
                match self.entries.binary_search_by_key(&serial, key) {
                    Ok(i) => {
                        if is_hole(&std::mem::replace(&mut self.entries[i], task)) {
                            self.live += 1;
                        }
                    }
                    Err(i) => {
                        self.entries.insert(i, task);
                        self.live += 1;
                    }
                }
            }
            _ => {
                self.entries.push(task);
                self.live += 1;
            }
        }
    }

    /// Takes the task out (the caller drops it, after letting the table go).
    pub fn remove(&mut self, serial: u64) -> Option<Value> {
        let i = self.entries.binary_search_by_key(&serial, key).ok()?;
        if is_hole(&self.entries[i]) {
            return None;
        }
        let task = std::mem::replace(&mut self.entries[i], Value::Int(serial as i64));
        self.live -= 1;
        if self.live * 2 < self.entries.len() {
            self.entries.retain(|t| !is_hole(t));
        }
        Some(task)
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The tasks, oldest first.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.entries.iter().filter(|t| !is_hole(t))
    }
}
