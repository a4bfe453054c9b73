//! corridor-explorer: an embeddable map of any transport corridor story told by a dataset.
//!
//! Data flows one way (see README, "Map of the code"):
//! `data/` → [`load`] → [`dataset`] (parse and check into the typed [`model`]) → [`view`].
//! Everything but `load` and `view` is plain Rust, tested natively with `cargo test`.

pub mod basemap;
pub mod dataset;
pub mod embed;
pub mod export;
pub mod figures;
pub mod fingerprint;
pub mod format;
pub mod geometry;
pub mod i18n;
pub mod labels;
pub mod load;
pub mod model;
pub mod mutate;
pub mod panel;
pub mod part;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod render;
pub mod stable_sort;
pub mod typeset;
pub mod url;
pub mod view;

#[cfg(test)]
pub(crate) mod test_story;
