//! The corridors a story compares: declared in its dataset, in display order, each with its
//! name and colour. The code knows no corridor by name; it knows only their roles.

use super::Text;

/// A corridor by its place in the story's `corridors` list (which is also the display order).
/// An index, not the id text, so that it is `Copy` for the view's signals; `Dataset::corridor`
/// gives the `Corridor` behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CorridorId(pub u8);

impl CorridorId {
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// What a corridor is for on the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Role {
    /// One of the routes the story is about: it frames the default view.
    #[default]
    Route,
    /// Drawn for comparison (a long sea route): left out of the default view, framed whole
    /// when a reader selects it.
    Comparison,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Route, Role::Comparison];

    pub fn code(self) -> &'static str {
        match self {
            Role::Route => "route",
            Role::Comparison => "comparison",
        }
    }
}

/// An sRGB colour, `#RRGGBB` in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour(pub [u8; 3]);

impl Colour {
    /// `#RRGGBB` (either case) and nothing else: the colour is written into the stylesheet.
    pub fn parse(text: &str) -> Option<Colour> {
        let hex =
            text.strip_prefix('#').filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))?;
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Colour([byte(0)?, byte(2)?, byte(4)?]))
    }

    pub fn hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The colour for a dark background: the palette's own pair for a palette colour, else the
    /// colour mixed 40 % towards white, which keeps its hue and lifts it off the dark land.
    pub fn for_dark(self) -> Colour {
        if let Some((_, dark)) = PALETTE.iter().find(|(light, _)| *light == self) {
            return *dark;
        }
        Colour(self.0.map(|c| (f64::from(c) + (255.0 - f64::from(c)) * 0.4).round() as u8))
    }
}

/// Colours for corridors that name none, in order: Okabe and Ito's colour-blind-safe palette
/// (vermillion, blue, reddish purple, bluish green, orange, sky blue, then black for the
/// seventh), each with the lighter tone it takes on a dark background.
pub const PALETTE: [(Colour, Colour); 7] = [
    (Colour([0xd5, 0x5e, 0x00]), Colour([0xf0, 0x8c, 0x3a])),
    (Colour([0x00, 0x72, 0xb2]), Colour([0x56, 0xb4, 0xe9])),
    (Colour([0xcc, 0x79, 0xa7]), Colour([0xe5, 0x9c, 0xc7])),
    (Colour([0x00, 0x9e, 0x73]), Colour([0x2f, 0xc5, 0x9a])),
    (Colour([0xe6, 0x9f, 0x00]), Colour([0xf5, 0xc0, 0x4a])),
    (Colour([0x56, 0xb4, 0xe9]), Colour([0x9b, 0xd3, 0xf5])),
    (Colour([0x1a, 0x1a, 0x1a]), Colour([0xec, 0xec, 0xec])),
];

/// How many corridors one story may declare: more than the palette's colours and a reader can
/// no longer tell the lines apart.
pub const MAX_CORRIDORS: usize = 12;

#[derive(Clone, Debug, PartialEq)]
pub struct Corridor {
    /// The id legs and figures name; also the CSS class `corridor-<id>` of its lines.
    pub id: String,
    pub name: Text,
    pub colour: Colour,
    pub role: Role,
    /// The series of volume figures its line's width shows (`figures::flow`), if any.
    pub flow: Option<String>,
}

/// An alternative within a corridor (a ferry across the Black Sea, the BTK railway), with a
/// reader-facing name.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub id: String,
    pub name: Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_hex_and_nothing_else() {
        assert_eq!(Colour::parse("#D55E00"), Some(Colour([0xd5, 0x5e, 0x00])));
        assert_eq!(Colour::parse("#d55e00").map(Colour::hex).as_deref(), Some("#d55e00"));
        for bad in ["D55E00", "#D55E0", "#D55E000", "red", "#GG0000", "#d55e00;x", "", "#ÿÿÿ"] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn dark_tones_come_from_the_palette_or_are_lighter() {
        assert_eq!(PALETTE[0].0.for_dark(), PALETTE[0].1);
        let grey = Colour([100, 100, 100]).for_dark();
        assert_eq!(grey, Colour([162, 162, 162]));
        assert_eq!(Colour([255, 255, 255]).for_dark(), Colour([255, 255, 255]));
    }
}
