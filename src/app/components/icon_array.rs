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
        <svg class="pp-icons" viewBox="0 0 100 100" role="img" aria-label={props.label.clone()}>
            { for (0..100u16).map(|i| {
                let (cx, cy) = (f64::from(i % 10) * 10.0 + 5.0, f64::from(i / 10) * 10.0);
                let class = if i < props.filled { "pp-person pp-person-on" } else { "pp-person" };
                html! {
                    <path class={class}
                          d={format!("M{cx:.0} {:.1}a2 2 0 1 0 .01 0zM{:.1} {:.1}h5v3.6h-5z", cy + 1.2, cx - 2.5, cy + 5.4)} />
                }
            }) }
        </svg>
    }
}
