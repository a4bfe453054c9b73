//! The panels beside the map, one per kind of figure; the reader picks one (and a shared link
//! names it).

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Panel {
    /// Freight carried, capacities and targets.
    #[default]
    Volume,
    Transit,
    Investment,
    FactCheck,
}

impl Panel {
    pub const ALL: [Panel; 4] = [Self::Volume, Self::Transit, Self::Investment, Self::FactCheck];

    pub fn code(self) -> &'static str {
        match self {
            Self::Volume => "volume",
            Self::Transit => "transit",
            Self::Investment => "investment",
            Self::FactCheck => "factcheck",
        }
    }

    pub fn from_code(code: &str) -> Option<Panel> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for panel in Panel::ALL {
            assert_eq!(Panel::from_code(panel.code()), Some(panel));
        }
        assert_eq!(Panel::from_code("charts"), None);
    }
}
