//! A story's steps: the article's story told on the map, one view at a time — which corridors
//! show, where the map looks, the year, what it says and which figures back it.

use super::{Frame, Text};

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Its address: `?step=<id>`.
    pub id: String,
    pub title: Text,
    pub text: Text,
    /// The corridors shown (ids of the story's `corridors`); none: every one.
    pub show: Option<Vec<String>>,
    /// Where the map looks; none: the story's whole map.
    pub frame: Option<StepFrame>,
    /// The year the map and the charts show; none: the year as the reader left it.
    pub year: Option<u16>,
    /// Figures (ids) shown with the step's text, each with its source's number.
    pub figures: Vec<String>,
}

/// What a step frames: a window in degrees, or places and legs of the story (framed together).
#[derive(Clone, Debug, PartialEq)]
pub enum StepFrame {
    Window(Frame),
    Items(Vec<String>),
}
