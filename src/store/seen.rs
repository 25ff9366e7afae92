//! Where an import run saw each entry it wrote, by row id: duplicates and `--replace` need it.
//! Rows a run inserts get consecutive ids (SQLite gives each new row the largest id plus one,
//! and nothing else writes during the run), so those are kept in a plain vector, 12 bytes a
//! row; only the ids of entries that already existed go into a hash map. A million-row import
//! held 48 MB in a hash map before, a quarter of its peak memory.

use rustc_hash::FxHashMap;

/// Where a run saw an entry, and whether the row had an explanation of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Seen {
    pub file: u32,
    pub line: u32,
    pub own: bool,
}

impl Seen {
    pub fn new((file, line): (usize, usize), own: bool) -> Seen {
        Seen {
            file: file as u32,
            line: line as u32,
            own,
        }
    }
}

/// The entries a run has seen, by row id.
#[derive(Debug, Default)]
pub(super) struct SeenMap {
    /// The id of `run[0]`.
    base: i64,
    /// Entries with ids `base`, `base + 1`, …, in order.
    run: Vec<Seen>,
    /// Every other entry.
    other: FxHashMap<i64, Seen>,
}

impl SeenMap {
    pub fn insert(&mut self, id: i64, seen: Seen) {
        if let Some(slot) = self.slot(id) {
            self.run[slot] = seen;
            return;
        }
        if let Some(slot) = self.other.get_mut(&id) {
            *slot = seen;
            return;
        }
        let next = self.base + self.run.len() as i64;
        if id != next && self.run.len() < Self::SHORT {
            // A short run was a few existing entries, not the new rows: start again here.
            let base = self.base;
            self.other.extend(
                self.run
                    .drain(..)
                    .enumerate()
                    .map(|(i, s)| (base + i as i64, s)),
            );
            self.base = id;
        }
        if id == self.base + self.run.len() as i64 {
            self.run.push(seen);
        } else {
            self.other.insert(id, seen);
        }
    }

    /// Below this length the run is moved to the map when an id does not continue it.
    const SHORT: usize = 64;

    pub fn get(&self, id: i64) -> Option<Seen> {
        match self.slot(id) {
            Some(slot) => Some(self.run[slot]),
            None => self.other.get(&id).copied(),
        }
    }

    pub fn contains(&self, id: i64) -> bool {
        self.get(id).is_some()
    }

    fn slot(&self, id: i64) -> Option<usize> {
        let slot = usize::try_from(id.checked_sub(self.base)?).ok()?;
        (slot < self.run.len()).then_some(slot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_and_scattered_ids_are_both_found() {
        let at = |line| Seen::new((0, line), false);
        let mut map = SeenMap::default();
        // Existing entries first (scattered ids), then new rows (consecutive), then an
        // existing one again, lower than the run.
        for (id, line) in [
            (7, 1),
            (100, 2),
            (101, 3),
            (102, 4),
            (5, 5),
            (103, 6),
            (101, 7),
        ] {
            map.insert(id, at(line));
        }
        for (id, line) in [(7, 1), (100, 2), (101, 7), (102, 4), (5, 5), (103, 6)] {
            assert_eq!(map.get(id), Some(at(line)), "id {id}");
        }
        for id in [0, 6, 8, 99, 104, -1, i64::MIN, i64::MAX] {
            assert!(!map.contains(id), "id {id}");
        }
    }

    #[test]
    fn a_long_run_stays_and_later_ids_go_to_the_map() {
        let mut map = SeenMap::default();
        for id in 1000..1100 {
            map.insert(id, Seen::new((1, id as usize), true));
        }
        map.insert(3, Seen::new((2, 3), false));
        map.insert(1100, Seen::new((2, 4), false));
        assert_eq!((map.base, map.run.len(), map.other.len()), (1000, 101, 1));
        assert_eq!(map.get(1050), Some(Seen::new((1, 1050), true)));
        assert_eq!(map.get(3), Some(Seen::new((2, 3), false)));
    }
}
