//! The one clock every reader of time goes through: real, or virtual
//! (time starts at 0 and sleeping advances it instantly, so programs on the
//! virtual clock print the same on every run and take no time).

use std::cell::Cell;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct Clock {
    virtual_now: Option<Cell<f64>>,
    start: Instant,
    /// Wall-clock seconds since the epoch when the program started.
    epoch: f64,
}

impl Clock {
    pub fn new(virtual_time: bool) -> Clock {
        // Virtual wall time starts where the oracle's does.
        let epoch = if virtual_time {
            1_700_000_000.0
        } else {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0.0, |d| d.as_secs_f64())
        };
        Clock {
            virtual_now: virtual_time.then(|| Cell::new(0.0)),
            start: Instant::now(),
            epoch,
        }
    }

    pub fn is_virtual(&self) -> bool {
        self.virtual_now.is_some()
    }

    /// Monotonic seconds.
    pub fn monotonic(&self) -> f64 {
        match &self.virtual_now {
            Some(now) => now.get(),
            None => self.start.elapsed().as_secs_f64(),
        }
    }

    /// Seconds since the epoch (`time.time()`).
    pub fn wall(&self) -> f64 {
        self.epoch + self.monotonic()
    }

    /// Blocks for `seconds` (virtually: advances the clock).
    pub fn sleep(&self, seconds: f64) {
        if seconds <= 0.0 || seconds.is_nan() {
            return;
        }
        match &self.virtual_now {
            Some(now) => now.set(now.get() + seconds),
            None => {
                // In slices, so that Ctrl-C ends the wait promptly.
                let end = Instant::now() + Duration::from_secs_f64(seconds.min(1e9));
                while !super::interrupt::pending() {
                    let left = end.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        break;
                    }
                    std::thread::sleep(left.min(Duration::from_millis(20)));
                }
            }
        }
    }
}
