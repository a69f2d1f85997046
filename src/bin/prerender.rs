//! Prints the welcome page, as a new visitor's browser would draw it, as HTML; the
//! post-build hook puts it in index.html (see `ui::app::welcome_html`).
//!
//!     cargo run --features prerender --bin prerender

fn main() {
    println!("{}", buy_in_check::ui::app::welcome_html());
}
