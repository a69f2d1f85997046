//! About Buy-in Check, with credit to the article its ideas come from.

use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    view! {
        <section class="narrow prose">
            <h1 tabindex="-1" class="page-heading">"About Buy-in Check"</h1>
            <p>
                "Buy-in Check is a self-assessment for people who represent their organisation in a partnership. "
                "It asks how far support for the partnership reaches: across the partner organisations, and back "
                "inside your own. Partnerships that rest on a few committed individuals tend to stall when those "
                "people move on; partnerships that whole organisations stand behind last."
            </p>
            <h2>"Where the ideas come from"</h2>
            <p>
                "The two contexts, the warning signs and the six core actions are drawn from the article "
                <cite>"“Partnering Tip: Getting ‘Buy In’”"</cite>" by Ian Dixon, written with thanks to Heather Marsh. "
                "All statements, explanations and advice in this tool are our own wording of those ideas; "
                "any shortcomings are ours, not the author's."
            </p>
            <h2>"Your data"</h2>
            <ul>
                <li>"Everything you enter is kept in this browser's storage on this device, and nowhere else."</li>
                <li>"The app makes no requests to any other website: no analytics, no web fonts, no tracking."</li>
                <li>"Clearing your browser's site data deletes your assessments, so export the ones you want to keep."</li>
            </ul>
            <h2>"How scores work"</h2>
            <p>"Scores are plain averages you can check by hand. "<a href="#/how-scores-work">"Read how they are worked out"</a>"."</p>
        </section>
    }
}
