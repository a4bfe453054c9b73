//! A callout on the map, written by the story's editor: a short text beside a place, a leg or a
//! point, with a leader line and the source it comes from (`story.annotations`).

use super::{LonLat, Text};

#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    pub id: String,
    pub at: AnnotationAt,
    pub text: Text,
    /// The source's id, shown as its number in the sources list.
    pub source: Option<String>,
    /// 1: on every screen; 2: on wider screens and zoomed in; 3: desktops zoomed in.
    pub rank: u8,
}

/// What the callout points at.
#[derive(Clone, Debug, PartialEq)]
pub enum AnnotationAt {
    Position(LonLat),
    /// A place's or a leg's id (a leg: the middle of its line).
    Item(String),
}
