//! The panels beside the map, one per kind of figure; the reader picks one (and a shared link
//! names it).

use crate::model::{Dataset, Source, Topic};

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

    /// The panel a figure of this topic appears in; distances appear only in a route's card.
    pub fn of_topic(topic: Topic) -> Option<Panel> {
        match topic {
            Topic::Volume | Topic::Capacity | Topic::Target => Some(Self::Volume),
            Topic::TransitTime | Topic::TransitTimeTarget => Some(Self::Transit),
            Topic::Investment | Topic::Agreement => Some(Self::Investment),
            Topic::Distance => None,
        }
    }

    /// The sources this panel cites, with their numbers in the story's sources list (a panel
    /// embedded alone lists only these, under the numbers its markers show).
    pub fn cited_sources(self, data: &Dataset) -> Vec<(usize, &Source)> {
        let cited: Vec<&str> = match self {
            Self::FactCheck => {
                data.claims.iter().flat_map(|c| c.sources.iter().map(String::as_str)).collect()
            }
            panel => data
                .figures
                .iter()
                .filter(|f| Self::of_topic(f.topic) == Some(panel))
                .map(|f| f.source.as_str())
                .collect(),
        };
        data.sources
            .iter()
            .enumerate()
            .filter(|(_, s)| cited.contains(&s.id.as_str()))
            .map(|(i, s)| (i + 1, s))
            .collect()
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

    #[test]
    fn a_panel_cites_the_sources_of_its_own_figures_under_their_list_numbers() {
        let (mut data, _) = crate::test_story::synthetic();
        let survey = data.sources[0].clone();
        for id in ["timetable", "ministry", "unused"] {
            data.sources.push(Source { id: id.into(), ..survey.clone() });
        }
        let cite = |data: &mut Dataset, figure: &str, source: &str| {
            data.figures.iter_mut().filter(|f| f.id == figure).for_each(|f| f.source = source.into())
        };
        cite(&mut data, "west-time", "timetable");
        cite(&mut data, "programme", "ministry");
        data.claims[0].sources = vec!["ministry".into()];
        let ids = |panel: Panel| -> Vec<(usize, String)> {
            panel.cited_sources(&data).into_iter().map(|(n, s)| (n, s.id.clone())).collect()
        };
        let pair = |n: usize, id: &str| (n, id.to_string());
        assert_eq!(ids(Panel::Volume), [pair(1, "survey")]);
        assert_eq!(ids(Panel::Transit), [pair(1, "survey"), pair(2, "timetable")]);
        assert_eq!(ids(Panel::Investment), [pair(1, "survey"), pair(3, "ministry")]);
        assert_eq!(ids(Panel::FactCheck), [pair(3, "ministry")]);
    }
}
