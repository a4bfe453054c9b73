//! Structure-aware mutations of a dataset's JSON, for the seeded mutation test and `./run fuzz`:
//! each mutation picks one value anywhere in the tree and deletes it, replaces it by a value of
//! another kind or an extreme one, empties or duplicates a list, or gives an id another entity's
//! id — the mistakes an editor (or a broken export) makes, at any depth.

use serde_json::{Map, Number, Value};

/// xorshift64*: small and deterministic, so that a failing round can be replayed from its seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Values a mutation puts in place of another: every JSON kind, and numbers and texts at the
/// edges of what the checks accept.
fn replacement(rng: &mut Rng, ids: &[String]) -> Value {
    let number = |f: f64| Number::from_f64(f).map_or(Value::Null, Value::Number);
    match rng.below(16) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => number(-1.0),
        3 => number(1e308),
        4 => number(-1e308),
        5 => number(0.5),
        6 => Value::from(2051),
        7 => Value::from(""),
        8 => Value::from("x".repeat(rng.below(300))),
        9 => Value::from("#GGGGGG"),
        10 => Value::Array(Vec::new()),
        11 => Value::Object(Map::new()),
        12 => Value::from(vec![Value::from(1)]),
        13 => Value::from("<b>„ü“ \u{202e}</b>"),
        14 => number(181.0),
        _ => ids.get(rng.below(ids.len())).cloned().map_or(Value::Null, Value::from),
    }
}

/// Every id in the document, so that a mutation can point one thing at another.
pub fn ids(root: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(id)) = o.get("id") {
                    out.push(id.clone());
                }
                stack.extend(o.values());
            }
            Value::Array(a) => stack.extend(a.iter()),
            _ => {}
        }
    }
    out
}

/// Applies one mutation somewhere in `node`: walks down a random path, stopping with a chance
/// at each level (deeper values are more numerous, so most mutations land in a feature's
/// properties or a figure's fields), and changes what it stopped at.
pub fn mutate(node: &mut Value, rng: &mut Rng, ids: &[String]) {
    let children = match &*node {
        Value::Object(o) => o.len(),
        Value::Array(a) => a.len(),
        _ => 0,
    };
    if children > 0 && rng.below(5) != 0 {
        let pick = rng.below(children);
        let child = match node {
            Value::Object(o) => o.values_mut().nth(pick),
            Value::Array(a) => a.get_mut(pick),
            _ => None,
        };
        if let Some(child) = child {
            return mutate(child, rng, ids);
        }
    }
    change(node, rng, ids);
}

/// Deletes a member, drops, duplicates or clears a list's entries, or replaces the value.
fn change(node: &mut Value, rng: &mut Rng, ids: &[String]) {
    match node {
        Value::Object(o) if !o.is_empty() && rng.below(2) == 0 => {
            let key = o.keys().nth(rng.below(o.len())).cloned().unwrap_or_default();
            o.remove(&key);
        }
        Value::Array(a) if !a.is_empty() && rng.below(2) == 0 => match rng.below(3) {
            0 => drop(a.remove(rng.below(a.len()))),
            1 => {
                let copy = a[rng.below(a.len())].clone();
                a.push(copy);
            }
            _ => a.clear(),
        },
        other => *other = replacement(rng, ids),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutations_change_the_document_and_replay_from_the_seed() {
        let original: Value =
            serde_json::from_str(r#"{"a": [1, {"id": "x", "b": "c"}], "d": {"e": true}}"#).unwrap(); // ok: test
        let ids = ids(&original);
        assert_eq!(ids, ["x"]);
        let run = |seed| {
            let mut rng = Rng(seed);
            (0..50)
                .map(|_| {
                    let mut v = original.clone();
                    mutate(&mut v, &mut rng, &ids);
                    v
                })
                .collect::<Vec<_>>()
        };
        let (first, again) = (run(7), run(7));
        assert_eq!(first, again);
        assert!(first.iter().filter(|v| **v != original).count() > 40);
    }
}
