//! What a story says and how it is framed: the page's texts, its languages, the map's window,
//! projection and basemap. Everything here comes from the dataset's `story` member.

use super::Text;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// The languages every text of the dataset has, the first being the fallback.
    pub languages: Vec<Lang>,
    /// The page heading.
    pub title: Text,
    /// The line under the heading.
    pub standfirst: Text,
    /// The map's text alternative.
    pub description: Text,
    pub intros: Intros,
    /// The map's default window; none: the extent of the story's routes.
    pub frame: Option<Frame>,
    pub projection: Option<ProjectionSpec>,
    /// A basemap file in `data/`; none: the world basemap.
    pub basemap: Option<String>,
    /// The day the story's data was last changed or checked (`YYYY-MM-DD`): "Updated …" under
    /// every part, as newsrooms' corrections policies ask.
    pub updated: Option<String>,
    /// The corrections published since the story first ran, in the order the data lists them.
    pub corrections: Vec<Correction>,
    /// Callouts on the map.
    pub annotations: Vec<super::Annotation>,
    /// The story told step by step (`view/steps.rs`); empty: the map is only explored.
    pub steps: Vec<super::Step>,
    /// The transit-time figures (ids) raced by the journey race (`model/race.rs`); empty: no race.
    pub race: Vec<String>,
}

/// A correction as the reader sees it under the graphic: when, and what was wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Correction {
    /// `YYYY-MM-DD`, on or before the story's `updated` day.
    pub date: String,
    pub text: Text,
}

impl Default for Story {
    fn default() -> Self {
        Self {
            languages: DEFAULT_LANGUAGES.to_vec(),
            title: Text::default(),
            standfirst: Text::default(),
            description: Text::default(),
            intros: Intros::default(),
            frame: None,
            projection: None,
            basemap: None,
            updated: None,
            corrections: Vec::new(),
            annotations: Vec::new(),
            steps: Vec::new(),
            race: Vec::new(),
        }
    }
}

/// The languages a story has when it declares none.
pub const DEFAULT_LANGUAGES: [Lang; 2] = [Lang::De, Lang::En];

/// The basemap a story without one of its own is drawn on.
pub const WORLD_BASEMAP: &str = "world.json";

/// The optional paragraph at the top of each panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Intros {
    pub volume: Option<Text>,
    pub transit: Option<Text>,
    pub investment: Option<Text>,
    pub fact_check: Option<Text>,
}

/// A window in degrees: `[[west, south], [east, north]]` in the data. `west > east` crosses the
/// antimeridian.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Frame {
    /// Degrees of longitude the frame spans, eastwards from `west` (across 180° if need be).
    pub fn lon_span(&self) -> f64 {
        (self.east - self.west).rem_euclid(360.0)
    }

    /// The meridian through the frame's middle, in −180…180.
    pub fn centre_lon(&self) -> f64 {
        let centre = self.west + self.lon_span() / 2.0;
        (centre + 540.0).rem_euclid(360.0) - 180.0
    }

    /// Whether the frame spans (nearly) the whole globe, east to west.
    pub fn is_world(&self) -> bool {
        self.lon_span() >= 300.0 || (self.west <= -179.0 && self.east >= 179.0)
    }
}

/// The projection a story asks for; without one the app chooses from the frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ProjectionSpec {
    /// Lambert conformal conic: central meridian and the two standard parallels, in degrees.
    Conic {
        centre: Option<f64>,
        parallels: Option<[f64; 2]>,
    },
    Mercator {
        centre: Option<f64>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_across_the_antimeridian_have_their_middle_beyond_it() {
        let pacific = Frame { west: 170.0, south: -20.0, east: -170.0, north: 0.0 };
        assert_eq!(pacific.lon_span(), 20.0);
        assert_eq!(pacific.centre_lon(), -180.0);
        let corridors = Frame { west: -10.0, south: 20.0, east: 130.0, north: 60.0 };
        assert_eq!(corridors.centre_lon(), 60.0);
        assert!(!corridors.is_world());
        assert!(Frame { west: -180.0, south: -60.0, east: 180.0, north: 80.0 }.is_world());
    }
}
