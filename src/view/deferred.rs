//! What the first screen does not need is rendered later: a closed tab when it is first opened
//! (or the page printed); the open tab once the map has been painted, the tables and sources
//! below once the tab has been. Each part then renders in a task of its own instead of one long
//! task that blocks the page embedding us, and the map shows first.

use leptos::prelude::*;
use std::time::Duration;

/// True from the first time `condition` holds, for good: what was rendered once is kept (hidden
/// when not wanted), so that going back to it costs an attribute, not a render.
pub fn once(condition: impl Fn() -> bool + Send + Sync + 'static) -> Memo<bool> {
    Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || condition())
}

/// True a frame after `ready()` first holds: once the frame showing what `ready` waited for has
/// been painted (a task after the next animation frame), so that what depends on it renders in
/// a task of its own.
pub fn painted_after(ready: impl Fn() -> bool + 'static) -> ReadSignal<bool> {
    let (painted, set_painted) = signal(false);
    Effect::new(move |scheduled: Option<bool>| {
        if scheduled == Some(true) || !ready() {
            return scheduled.unwrap_or(false);
        }
        request_animation_frame(move || set_timeout(move || set_painted.set(true), Duration::ZERO));
        true
    });
    painted
}

/// True a task after `ready()` first holds: what waits for it renders in a task of its own,
/// after the frame that made `ready` true has been painted.
pub fn task_after(ready: impl Fn() -> bool + 'static) -> ReadSignal<bool> {
    let (done, set_done) = signal(false);
    Effect::new(move |scheduled: Option<bool>| {
        if scheduled == Some(true) || !ready() {
            return scheduled.unwrap_or(false);
        }
        set_timeout(move || set_done.set(true), Duration::ZERO);
        true
    });
    done
}

/// True once the reader has asked to print: print shows every panel, so all are rendered then.
pub fn printing() -> ReadSignal<bool> {
    let (printing, set_printing) = signal(false);
    let listener = window_event_listener_untyped("beforeprint", move |_| set_printing.set(true));
    on_cleanup(move || listener.remove());
    printing
}
