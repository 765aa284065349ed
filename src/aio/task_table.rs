//! Tasks in creation order, as the loop keeps the ones not yet done
//! (`all_tasks`, the deadlock report) and a TaskGroup its children: a
//! vector sorted by creation serial, where a task that leaves becomes a
//! hole found by binary search, and the holes are swept out once they are
//! half of it. 24 bytes a task, half of what a B-tree took, for tables that
//! can hold a hundred thousand.

use crate::runtime::Value;

#[derive(Default)]
pub struct TaskTable {
    entries: Vec<(u64, Option<Value>)>,
    live: usize,
}

impl TaskTable {
    pub fn insert(&mut self, serial: u64, task: Value) {
        match self.entries.last() {
            // The common case: the newest task has the largest serial.
            Some((last, _)) if *last >= serial => {
                match self.entries.binary_search_by_key(&serial, |(s, _)| *s) {
                    Ok(i) => {
                        if self.entries[i].1.replace(task).is_none() {
                            self.live += 1;
                        }
                    }
                    Err(i) => {
                        self.entries.insert(i, (serial, Some(task)));
                        self.live += 1;
                    }
                }
            }
            _ => {
                self.entries.push((serial, Some(task)));
                self.live += 1;
            }
        }
    }

    /// Takes the task out (the caller drops it, after letting the table go).
    pub fn remove(&mut self, serial: u64) -> Option<Value> {
        let i = self
            .entries
            .binary_search_by_key(&serial, |(s, _)| *s)
            .ok()?;
        let task = self.entries[i].1.take()?;
        self.live -= 1;
        if self.live * 2 < self.entries.len() {
            self.entries.retain(|(_, t)| t.is_some());
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
        self.entries.iter().filter_map(|(_, t)| t.as_ref())
    }
}
