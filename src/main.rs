//! Browser entry point: mounts the app into `<body>`.

fn main() {
    corridor_explorer::view::mount();
}
