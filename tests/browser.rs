//! Components in headless Chromium, driven by real DOM events.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

use prolopath::app::{App, AppProps};
use prolopath::model::Date;
use prolopath::text::{texts, Lang, Ui};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the browser run timers and Yew's scheduled renders once.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits for a condition, a bounded number of turns of the event loop.
async fn until(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        tick().await;
    }
    panic!("timed out waiting until {what}");
}

fn mount() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps::new(Date::from_ymd(2026, 11, 24).unwrap()),
    )
    .render();
    root
}

fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

fn plan_dates(root: &Element) -> Vec<String> {
    let cells = root.query_selector_all(".pp-plan tbody .pp-date").unwrap();
    (0..cells.length())
        .map(|i| cells.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn change(target: &web_sys::EventTarget) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn choosing_a_condition_redraws_the_plan() {
    let root = mount();
    until("the plan shows", || !plan_dates(&root).is_empty()).await;
    // Knee, moderate, most aftercare: 4 sessions 4 weeks apart, then a check-up.
    assert_eq!(plan_dates(&root).len(), 5);
    assert_eq!(plan_dates(&root)[1], "Tue, Dec 22, 2026");

    let select: HtmlSelectElement = find(&root, "#pp-condition");
    select.set_value("achilles");
    change(&select);
    // Achilles: weekly sessions within a 12-week programme.
    until("the Achilles plan shows", || plan_dates(&root).len() == 9).await;
    assert_eq!(plan_dates(&root)[1], "Tue, Dec 1, 2026");
    root.remove();
}

#[wasm_bindgen_test]
async fn severity_and_aftercare_move_the_dates() {
    let root = mount();
    until("the plan shows", || !plan_dates(&root).is_empty()).await;
    let before = plan_dates(&root);
    find::<HtmlElement>(&root, "#pp-severity-severe").click();
    until("severe brings sessions closer", || {
        plan_dates(&root) != before
    })
    .await;
    assert_eq!(
        plan_dates(&root)[1],
        "Tue, Dec 15, 2026",
        "3 weeks apart when severe"
    );
    let severe = plan_dates(&root);
    find::<HtmlElement>(&root, "#pp-adherence-high").click();
    until("full aftercare changes the plan", || {
        plan_dates(&root) != severe
    })
    .await;
    assert!(
        plan_dates(&root).len() < severe.len(),
        "fewer sessions with full aftercare"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn ticking_a_caution_explains_why() {
    let root = mount();
    let why = |root: &Element| root.query_selector("#pp-caution-diabetes-why").unwrap();
    until("the checklist shows", || {
        root.query_selector("#pp-caution-diabetes")
            .unwrap()
            .is_some()
    })
    .await;
    assert!(why(&root).is_none());
    find::<HtmlElement>(&root, "#pp-caution-diabetes").click();
    until("the reason shows", || why(&root).is_some()).await;
    assert!(why(&root)
        .unwrap()
        .text_content()
        .unwrap()
        .contains("blood sugar"));
    find::<HtmlElement>(&root, "#pp-caution-diabetes").click();
    until("the reason hides", || why(&root).is_none()).await;
    root.remove();
}

/// Leaves a field, as Tab or a click elsewhere does.
fn leave(target: &web_sys::EventTarget) {
    target.dispatch_event(&Event::new("blur").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_bad_date_is_refused_politely() {
    let root = mount();
    until("the form shows", || {
        root.query_selector("#pp-start").unwrap().is_some()
    })
    .await;
    let input: HtmlInputElement = find(&root, "#pp-start");
    until("the field shows the start date", || {
        input.value() == "2026-11-24"
    })
    .await;
    input.set_value("");
    // Said when the person leaves the field, not while they type (an empty field is half typed).
    leave(&input);
    let message = texts(Lang::En).ui(Ui::StartInvalid);
    until("the message shows", || {
        root.text_content().unwrap_or_default().contains(message)
    })
    .await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        plan_dates(&root)[0],
        "Tue, Nov 24, 2026",
        "the last good date is kept"
    );
    // ...in the plan, not written back over what the person left in the field (a controlled
    // field would put the old date back, and reset a date being typed).
    assert_eq!(
        input.value(),
        "",
        "the field keeps what the person left in it"
    );
    input.set_value("2027-01-04");
    leave(&input);
    until("the plan moves", || {
        plan_dates(&root)[0] == "Mon, Jan 4, 2027"
    })
    .await;
    assert!(!root.text_content().unwrap_or_default().contains(message));
    root.remove();
}

#[wasm_bindgen_test]
fn a_failure_shows_what_to_do_not_a_blank_page() {
    let root = document().create_element("div").unwrap();
    root.set_id(prolopath::web::ROOT_ID);
    root.set_text_content(Some("app content"));
    document().body().unwrap().append_child(&root).unwrap();
    // The page's app showed the clinic's region (GB): the message says the same number.
    let (settings, _) =
        prolopath::settings::Settings::parse([(prolopath::settings::Origin::File, "region", "GB")]);
    prolopath::web::failure_context(None, Lang::En, std::rc::Rc::new(settings));
    prolopath::web::show_failure();
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let t = texts(Lang::En);
    // Every part in order: the call to action under "When to get help" after what it is for (as
    // in the app: not read as what to do because the app stopped), every emergency sign, then
    // the levels it leaves out.
    let mut want = vec![
        ("h2", t.ui(Ui::FailureTitle)),
        ("p", t.ui(Ui::FailureBody)),
        ("h3", t.ui(Ui::CareHeading)),
        ("p", t.ui(Ui::FailureSignsLead)),
        ("h4", "Call 999 now"),
        ("p", t.ui(Ui::EmergencyGo)),
    ];
    want.extend(
        prolopath::model::CareLevel::EmergencyNow
            .signs()
            .map(|sign| ("p", t.care_sign(sign))),
    );
    want.extend([
        ("p", t.ui(Ui::FailureOthers)),
        ("p", t.ui(Ui::CareCantReach)),
    ]);
    let children = alert.children();
    let shown: Vec<(String, String)> = (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|e| {
            (
                e.tag_name().to_lowercase(),
                e.text_content().unwrap_or_default(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = want
        .into_iter()
        .map(|(tag, text)| (tag.to_owned(), text.to_owned()))
        .collect();
    assert_eq!(shown, want);
    assert_eq!(alert.get_attribute("lang").as_deref(), Some("en"));
    assert!(!root.text_content().unwrap().contains("app content"));
    root.remove();
}
