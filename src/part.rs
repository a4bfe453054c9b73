//! What one embed shows (`?part=`): a newsroom places one thing per place in its article — the
//! map here, the transit times further down — rather than the whole explorer each time.

use crate::panel::Panel;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Part {
    /// Everything: map, panels, tables and sources.
    #[default]
    All,
    /// The map with its legend and year control.
    Map,
    /// One panel alone, with the sources it cites.
    Panel(Panel),
    /// The story's steps and the map, stepped by the host page's scroll (`view/steps.rs`).
    Steps,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Map,
        Part::Panel(Panel::Volume),
        Part::Panel(Panel::Transit),
        Part::Panel(Panel::Investment),
        Part::Panel(Panel::FactCheck),
        Part::All,
    ];

    /// `map`, `all`, or the panel's own code (`volume`, `factcheck` …).
    pub fn code(self) -> &'static str {
        match self {
            Part::All => "all",
            Part::Map => "map",
            Part::Steps => "steps",
            Part::Panel(panel) => panel.code(),
        }
    }

    /// A part by its code; `steps` too, which the embed dialog offers only for a story with steps.
    pub fn from_code(code: &str) -> Option<Part> {
        Self::ALL.into_iter().chain([Part::Steps]).find(|p| p.code() == code)
    }

    pub fn shows_map(self) -> bool {
        matches!(self, Part::All | Part::Map | Part::Steps)
    }

    /// The panel this part shows alone, if it is one.
    pub fn panel(self) -> Option<Panel> {
        match self {
            Part::Panel(panel) => Some(panel),
            _ => None,
        }
    }

    /// The iframe's height in the embed code until the first height message arrives: about
    /// what the part needs on a phone, so that the article barely moves when it does.
    pub fn initial_height(self) -> u32 {
        match self {
            Part::Map => 640,
            Part::Steps => 900,
            Part::Panel(_) => 1000,
            Part::All => 900,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_every_panel_is_a_part() {
        for part in Part::ALL {
            assert_eq!(Part::from_code(part.code()), Some(part));
        }
        for panel in Panel::ALL {
            assert!(Part::ALL.contains(&Part::Panel(panel)));
        }
        assert_eq!(Part::from_code("panel"), None);
        assert!(Part::Map.shows_map() && !Part::Panel(Panel::Transit).shows_map());
    }
}
