//! A short fingerprint of the data a map was drawn from: the static first screen carries the
//! one of the files it was rendered from, and the app compares it with the files it fetched, so
//! that a page whose data changed after its last publish says so (and is redrawn) rather than
//! showing an old map as current.
//!
//! FNV-1a (64 bit): a few lines, no dependency, the same in the native build and in the wasm,
//! and enough to tell two versions of a file apart (it guards against mistakes, not attacks).

/// The fingerprint of a story's file and its basemap's, as 16 hex digits.
pub fn of(story: &str, basemap: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    // A separator, so that moving bytes from one file to the other changes the fingerprint.
    for byte in story.bytes().chain([0xff]).chain(basemap.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::of;

    #[test]
    fn is_fnv_1a_and_tells_files_apart() {
        // FNV-1a of "" followed by the separator byte 0xff.
        assert_eq!(
            of("", ""),
            format!("{:016x}", (0xcbf2_9ce4_8422_2325u64 ^ 0xff).wrapping_mul(0x0100_0000_01b3))
        );
        assert_ne!(of("ab", "c"), of("a", "bc"));
        assert_ne!(of("{\"a\": 1}", ""), of("{\"a\": 2}", ""));
        assert_eq!(of("x", "y").len(), 16);
    }
}
