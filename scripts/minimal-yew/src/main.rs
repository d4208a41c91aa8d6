//! A counter: the least a Yew app is.

use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0u32);
    let add = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main>
            <p>{ "Clicked " }{ *count }{ " times" }</p>
            <button onclick={add}>{ "Add one" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
