use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IconArrayProps {
    /// How many of the 100 are filled.
    pub filled: u16,
    /// What it shows, in words ("59 out of 100 people").
    pub label: AttrValue,
}

/// 100 small people in a 10 x 10 grid, `filled` of them coloured.
#[function_component(IconArray)]
pub fn icon_array(props: &IconArrayProps) -> Html {
    html! {
        <svg class="pp-icons" viewBox="0 0 200 200" role="img" aria-label={props.label.clone()}>
            { for (0..100u16).map(|i| {
                // A 200-unit grid keeps every coordinate whole (no float printing).
                let (cx, cy) = ((i % 10) * 20 + 10, (i / 10) * 20);
                let class = if i < props.filled { "pp-person pp-person-on" } else { "pp-person" };
                html! {
                    <path class={class}
                          d={format!("M{cx} {}a4 4 0 1 0 .1 0zM{} {}h10v7h-10z", cy + 2, cx - 5, cy + 11)} />
                }
            }) }
        </svg>
    }
}
