//! ProloPath as a widget inside another site's page: `embed.js` defines `<prolo-path>`,
//! gives each one a shadow root and drives it through [`Widget`]. A widget never touches
//! the host page: not its link, title, language, storage or other widgets.

use std::rc::Rc;

use web_sys::Element;
use yew::AppHandle;

use super::{browser_lang, config, download, failure, share, today};
use crate::app::{App, AppProps};
use crate::text::{texts, Ui};

/// One mounted widget.
pub struct Widget {
    root: Element,
    app: Option<AppHandle<App>>,
    file: String,
}

impl Widget {
    /// Mounts into `root` with the clinic's `settings.json` and the element's attributes, each
    /// as a query string.
    pub fn mount(root: Element, file: String, attributes: &str) -> Widget {
        failure::watch_failures();
        failure::watch_root(&root);
        let props = props(&file, attributes);
        let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        Widget {
            root,
            app: Some(app),
            file,
        }
    }

    /// New attributes: the same widget, the patient's answers kept.
    pub fn update(&mut self, attributes: &str) {
        let props = props(&self.file, attributes);
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }

    /// Unmounts the app and lets go of everything it held.
    pub fn destroy(mut self) {
        failure::unwatch_root(&self.root);
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn props(file: &str, attributes: &str) -> AppProps {
    let (settings, problems) = config::read(file, attributes);
    let mut props = AppProps::new(today());
    props.lang = settings.lang.unwrap_or_else(browser_lang);
    props.settings = Rc::new(settings);
    props.setting_problems = Rc::new(problems);
    props.embedded = true;
    let lang = props.lang;
    // Shares the page the widget is on, which is the clinic's.
    props.on_share =
        yew::Callback::from(move |request| share::share(request, texts(lang).ui(Ui::AppTitle)));
    props.on_calendar = yew::Callback::from(|(est, lang): (Rc<crate::model::Estimate>, _)| {
        download::save_calendar(&est, lang)
    });
    props
}
