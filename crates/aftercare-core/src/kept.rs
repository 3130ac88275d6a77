//! Bounded tables of what takes long to work out and is asked for again: a day's sun, a date as
//! a locale writes it.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};

/// What `table` keeps for `key`, else what `work_out` gives, kept. A full table starts again,
/// so that a long-running app holds no more than `bound` entries.
pub(crate) fn kept<K: Hash + Eq, V: Clone, S: BuildHasher>(
    table: &mut HashMap<K, V, S>,
    key: K,
    bound: usize,
    work_out: impl FnOnce() -> V,
) -> V {
    // One look-up, whether kept or not, unless the table is full.
    if table.len() >= bound && !table.contains_key(&key) {
        table.clear();
    }
    table.entry(key).or_insert_with(work_out).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_value_is_not_worked_out_again() {
        let mut table = HashMap::new();
        assert_eq!(kept(&mut table, 1, 4, || "one"), "one");
        assert_eq!(
            kept(&mut table, 1, 4, || panic!("worked out again")),
            "one",
            "the second ask is answered from the table"
        );
    }

    #[test]
    fn a_full_table_starts_again_and_holds_no_more_than_its_bound() {
        let mut table = HashMap::new();
        for key in 0..10 {
            kept(&mut table, key, 4, || key * 2);
            assert!(table.len() <= 4, "the bound holds after key {key}");
        }
        assert_eq!(table.get(&9), Some(&18), "the last value asked for is kept");
        for key in 8..10 {
            kept(&mut table, key, 4, || unreachable!("{key} is kept"));
        }
        assert_eq!(
            table.len(),
            2,
            "asking for kept keys does not start the table again"
        );
    }
}
