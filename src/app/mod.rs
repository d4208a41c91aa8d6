//! The Yew side: state, hooks, components (`components/`: state of their own) and views
//! (`views/`: plain functions of the texts and data), one a file. Views compute nothing clinical.

pub mod components;
pub mod hooks;
pub mod share;
pub mod state;
pub mod views;

use yew::prelude::*;

use crate::model::query::Problem;
use std::rc::Rc;

use crate::model::{estimate, Date, Estimate, Inputs};
use crate::settings::{SettingProblem, Settings};
use crate::text::islands::{ConditionIsland, Island};
use crate::text::Lang;
use components::{CareLevels, PlanForm, TakeAlong};
use hooks::use_accent;
use state::{Action, State};
use views::{
    caution_list, condition_island, header, improvement, island, lang_notice, lang_switch,
    link_notice, print_summary, remember, sections_missing, session_plan, values, Shown,
};

/// What the page gives the app. Browser work (link, storage) happens in the callbacks.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Today's date on this device: the default first session.
    pub today: Date,
    #[prop_or_default]
    pub lang: Lang,
    /// Answers from the link or the device; `None` starts from the defaults.
    #[prop_or_default]
    pub initial: Option<Inputs>,
    /// Parts of the link that could not be used.
    #[prop_or_default]
    pub problems: Vec<Problem>,
    /// The clinic's settings, already checked.
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// Settings that could not be used or should be checked; shown in the widget when
    /// `settings.debug` is on.
    #[prop_or_default]
    pub setting_problems: Rc<Vec<SettingProblem>>,
    /// Inside another site's page: no update notice and no remembering (the page is theirs).
    #[prop_or_default]
    pub embedded: bool,
    /// Whether answers are being remembered on this device.
    #[prop_or_default]
    pub remembered: bool,
    /// Whether this page may store anything (false in sandboxed frames, for example).
    #[prop_or_default]
    pub storage_available: bool,
    /// Told every time the answers change (the page keeps its link in step).
    #[prop_or_default]
    pub on_inputs: Callback<Inputs>,
    /// Told when remembering is turned on or off (off forgets).
    #[prop_or_default]
    pub on_remember: Callback<bool>,
    /// Told when the patient switches language (the page updates its link and `lang`).
    #[prop_or_default]
    pub on_lang: Callback<Lang>,
    /// Asked to make a language's texts available, then to call back (the page fetches
    /// Spanish only for someone who wants it). By default they are all here.
    #[prop_or(Callback::from(texts_here))]
    pub load_lang: Callback<(Lang, Callback<()>)>,
    /// Asked once the app has started, and when the language or condition changes, to fetch
    /// the built sections not here yet (after the page's first view, the other conditions'; after
    /// a failed fetch, another try), then to call back. Nothing by default: natively everything
    /// is here.
    #[prop_or_default]
    pub complete: Callback<(Lang, Callback<()>)>,
    /// Asked to save the plan's example dates as a calendar file, in this language.
    #[prop_or_default]
    pub on_calendar: Callback<(Rc<Estimate>, Lang, Rc<Settings>)>,
    /// Asked to share the link or copy a summary; reports back through the request.
    #[prop_or_default]
    pub on_share: Callback<share::ShareRequest>,
}

impl AppProps {
    /// Props for a first visit on `today`.
    pub fn new(today: Date) -> AppProps {
        AppProps {
            today,
            lang: Lang::default(),
            initial: None,
            problems: Vec::new(),
            settings: Rc::default(),
            setting_problems: Rc::default(),
            embedded: false,
            remembered: false,
            storage_available: false,
            on_inputs: Callback::noop(),
            on_remember: Callback::noop(),
            on_lang: Callback::noop(),
            load_lang: Callback::from(texts_here),
            complete: Callback::noop(),
            on_calendar: Callback::noop(),
            on_share: Callback::noop(),
        }
    }
}

/// Calls back at once: natively (tests, the server renderer) every language's texts are built in.
fn texts_here((_, done): (Lang, Callback<()>)) {
    done.emit(());
}

/// `data-live` marks the app running in the browser, as opposed to the page's prerendered
/// first view (the server renderer), which looks the same: tests and hosts wait for it.
const LIVE: Option<&str> = if cfg!(target_arch = "wasm32") {
    Some("")
} else {
    None
};

/// The whole ProloPath widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let settings = props.settings.clone();
    let mut initial = props.initial.unwrap_or_else(|| Inputs::new(props.today));
    if props.initial.is_none() || !settings.offers(initial.condition) {
        initial.condition = settings.first_condition();
    }
    let (start_lang, remembered) = (props.lang, props.remembered);
    let state = use_reducer_eq(move || State {
        lang: start_lang,
        remember: remembered,
        ..State::from_inputs(initial)
    });
    // A clinic that changes its settings on a live widget (an attribute, say) moves it to its
    // new first condition, or off a condition it no longer offers.
    {
        let (state, first) = (state.clone(), use_mut_ref(|| settings.first_condition()));
        let offered = settings.offers(state.inputs.condition);
        use_effect_with(
            (settings.first_condition(), offered),
            move |(now, offered)| {
                if *first.borrow() != *now || !offered {
                    *first.borrow_mut() = *now;
                    state.dispatch(Action::SetCondition(*now));
                }
            },
        );
    }
    {
        let on_inputs = props.on_inputs.clone();
        use_effect_with(state.inputs, move |inputs| on_inputs.emit(*inputs));
    }
    let est = use_memo(state.inputs, estimate);
    // What the page did not bring (the other conditions' sections) comes after the start; the
    // app shows it when it is here. Asked during the render, before the view decides whether to
    // say something is missing: a fetch under way is not "did not load".
    {
        let (complete, refresh) = (props.complete.clone(), use_force_update());
        use_memo((state.lang, state.inputs.condition), move |(lang, _)| {
            complete.emit((*lang, Callback::from(move |()| refresh.force_update())));
        });
    }
    let shown: Shown = use_mut_ref(Vec::new);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_toggle = on_action.reform(Action::ToggleCaution);
    let on_value = on_action.reform(Action::ToggleValue);
    // The host may ask for another language (a widget's `lang` attribute): the app's one
    // language state follows, once its texts are here.
    {
        let (state, load) = (state.clone(), props.load_lang.clone());
        use_effect_with(props.lang, move |next| {
            if state.lang != *next {
                let (state, next) = (state.clone(), *next);
                load.emit((
                    next,
                    Callback::from(move |()| state.dispatch(Action::SetLang(next))),
                ));
            }
        });
    }
    let accent = use_accent(settings.accent);
    // The web team's messages, in the widget only with the clinic's `debug` setting on.
    let setting_problems: &[SettingProblem] = if settings.debug {
        &props.setting_problems
    } else {
        &[]
    };
    let on_lang = {
        let (state, cb, load) = (
            state.clone(),
            props.on_lang.clone(),
            props.load_lang.clone(),
        );
        // Counts the languages asked for: only the last one asked is shown, whichever loads first.
        let asked = use_mut_ref(|| 0u32);
        Callback::from(move |next: Lang| {
            let (state, cb, asked) = (state.clone(), cb.clone(), asked.clone());
            *asked.borrow_mut() += 1;
            let this = *asked.borrow();
            let done = Callback::from(move |()| {
                if *asked.borrow() == this {
                    state.dispatch(Action::SetLang(next));
                    cb.emit(next);
                }
            });
            load.emit((next, done));
        })
    };
    // The page writes (or forgets) the stored answers as the box is ticked, not a frame later.
    let on_remember = {
        let (state, cb) = (state.clone(), props.on_remember.clone());
        Callback::from(move |on: bool| {
            state.dispatch(Action::SetRemember(on));
            cb.emit(on);
        })
    };
    // A language whose texts could not be fetched (or were not this build's) shows in English,
    // says so in `lang`, and tells the patient in both languages.
    let wanted = state.lang;
    let lang = crate::text::shown(wanted);
    let on_calendar = {
        let settings = settings.clone();
        props
            .on_calendar
            .reform(move |est: Rc<Estimate>| (est, lang, settings.clone()))
    };
    let inputs = state.inputs;
    // What is on screen, for tests and embedding hosts to wait on.
    let rendered = format!(
        "{} {} {} {}",
        inputs.condition.code(),
        inputs.severity.code(),
        inputs.adherence.code(),
        inputs.start.to_iso()
    );
    html! {
        <div class="pp-app" lang={lang.tag()} dir={lang.dir()} data-state={rendered} data-live={LIVE} ref={accent}>
            // The offline app's "a new version is ready" goes in this box: the page's loader, which
            // registers the offline worker, fills it in the app's language (assets/boot.js
            // `keepOffline`); nothing else writes in it. No box in another site's page.
            if !props.embedded {
                <div class="pp-update" role="status"></div>
            }
            { lang_switch(lang, &on_lang) }
            // What did not load (a language's texts, the condition's sections), in one box that
            // is always there and empty when all came: a screen reader reads out what appears in
            // a status box, but may say nothing of one put in with its text already inside.
            <div class="pp-live" role="status">
                if wanted != lang {
                    { lang_notice(wanted) }
                }
                { sections_missing(inputs.condition, lang, &shown) }
            </div>
            { header(lang, settings.clinic_name.as_deref()) }
            { link_notice(lang, &props.problems, setting_problems) }
            <div class="pp-layout">
                <div class="pp-side">
                    <PlanForm {lang} inputs={state.inputs} start_invalid={state.start_invalid}
                              conditions={settings.conditions.clone()} {on_action} />
                    if !props.embedded {
                        { remember(lang, props.storage_available, state.remember, &on_remember) }
                    }
                </div>
                <div class="pp-results">
                    { print_summary(lang, inputs) }
                    { condition_island(ConditionIsland::Decision, inputs.condition, lang, &shown) }
                    { session_plan(lang, &est, &shown) }
                    <CareLevels {lang} settings={settings.clone()} site={inputs.condition.site()} />
                    { improvement(lang, &est, &shown) }
                    { condition_island(ConditionIsland::Choices, inputs.condition, lang, &shown) }
                    { values(lang, inputs.values, &on_value) }
                    { island(Island::Session, lang, &shown) }
                    { island(Island::SideEffects, lang, &shown) }
                    { caution_list(lang, &est.cautions, &on_toggle) }
                    { island(Island::Questions, lang, &shown) }
                    // Keyed by the language: a new one mounts anew, without the last confirmation
                    // (else a screen reader hears "Link copied" again, in the other language).
                    <TakeAlong key={lang.tag()} {lang} estimate={est.clone()} settings={settings.clone()} {on_calendar}
                               on_share={props.on_share.clone()} />
                    { condition_island(ConditionIsland::Sources, inputs.condition, lang, &shown) }
                    { island(Island::About, lang, &shown) }
                </div>
            </div>
        </div>
    }
}
