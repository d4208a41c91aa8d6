//! ProloPath as a widget inside another site's page: `embed.js` defines `<prolo-path>`,
//! gives each one a shadow root and drives it through [`Widget`]. A widget never touches
//! the host page: not its link, title, language, storage or other widgets.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::AppHandle;

use super::{app_props, browser_tag, config, failure, lang, shared_callbacks, today};
use crate::app::{App, AppProps};
use crate::startup::{self, Given};

/// One widget. Its app mounts once the texts of its language are here.
pub struct Widget(Rc<RefCell<Shared>>);

struct Shared {
    root: Element,
    /// The clinic's `settings.json`, as a query string.
    settings_query: String,
    app: Option<AppHandle<App>>,
    /// Counts the attribute sets asked for: only the newest is shown, whatever loads first.
    asked: u32,
    gone: bool,
}

impl Widget {
    /// Mounts into `root` with the clinic's `settings.json` and the element's attributes, each
    /// as a query string.
    pub fn mount(
        root: Element,
        settings_query: String,
        attributes: &str,
        loader: js_sys::Function,
    ) -> Widget {
        failure::watch_root(&root);
        lang::set_loader(loader);
        let widget = Widget(Rc::new(RefCell::new(Shared {
            root,
            settings_query,
            app: None,
            asked: 0,
            gone: false,
        })));
        widget.update(attributes);
        widget
    }

    /// New attributes: the same app, the patient's answers kept.
    pub fn update(&self, attributes: &str) {
        let shared = self.0.clone();
        let (props, asked) = {
            let mut s = shared.borrow_mut();
            s.asked += 1;
            let mut props = props(&s.settings_query, attributes);
            // The failure message follows a language the patient picks inside the widget.
            let (root, settings) = (s.root.clone(), props.settings.clone());
            props.on_lang = yew::Callback::from(move |lang| {
                failure::shown(Some(&root), lang, settings.clone())
            });
            (props, s.asked)
        };
        lang::ensure(props.lang, move || {
            let mut s = shared.borrow_mut();
            if s.gone || s.asked != asked {
                return;
            }
            failure::shown(Some(&s.root), props.lang, props.settings.clone());
            match &mut s.app {
                Some(app) => app.update(props),
                None => {
                    let root = s.root.clone();
                    s.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
                }
            }
        });
    }

    /// Unmounts the app and lets go of everything it held.
    pub fn destroy(self) {
        let mut s = self.0.borrow_mut();
        s.gone = true;
        failure::unwatch_root(&s.root);
        if let Some(app) = s.app.take() {
            app.destroy();
        }
    }
}

fn props(settings_query: &str, attributes: &str) -> AppProps {
    let browser = browser_tag();
    let start = startup::widget(&Given {
        link: "",
        fragment: "",
        stored: None,
        settings_query,
        attributes,
        browser_lang: browser.as_deref(),
        page_lang: None,
        today: today(),
    });
    config::report(&start.setting_problems);
    let mut props = app_props(start);
    props.embedded = true;
    // Sections that did not come are tried again on the next change, as on the page.
    props.complete = lang::completing();
    // Sharing shares the page the widget is on, which is the clinic's.
    shared_callbacks(&mut props);
    props
}
