// The names scripts/bundle.mjs defines when it bundles the loaders and the worker (esbuild's
// `define`): the build's hashed file names and its lists. Declared here for the type check.
declare const PROLOPATH_FILES: Record<string, string>;
declare const PROLOPATH_WASM: string;
declare const PROLOPATH_CSS: string;
declare const PROLOPATH_OFFLINE: boolean;
declare const PROLOPATH_SETTINGS: string[];
declare const PROLOPATH_FAILURE: import('./failure.js').Failure;
// As assets/dates.js's DateWords (written out: the worker's type check must not reach the DOM).
declare const PROLOPATH_DATE_WORDS: { months: string[], weekdays: string[], long: string, short: string };
// The language of a page built in a language of its own (es.html); null on index.html.
declare const PROLOPATH_PAGE_LANG: string | null;
// The offline app's "a new version is ready" and its button, in every language (boot.js).
declare const PROLOPATH_UPDATE: Record<string, [string, string]>;
// The pages other than index.html (es.html), for the worker: each is its own page offline.
declare const PROLOPATH_PAGES: string[];
// The answers' keys in a link, and the storage key they are remembered under (src/model/query.rs).
declare const PROLOPATH_ANSWERS: { keys: string[], stored: string };
declare const PROLOPATH_BUILD: string;
declare const PROLOPATH_PRECACHE: string[];

// wasm-bindgen's JS for the app, bundled as an external import of its hashed name.
declare module 'prolopath:glue' {
  export default function init(options: { module_or_path: URL }): Promise<unknown>;
  export function start(settings: string, load: (name: string, again?: boolean) => Promise<string>): void;
  /** The page's: nothing; the widgets': whether a widget took the failure message. */
  export function stopped(): boolean | undefined;
  export class Widget {
    constructor(root: Element, settings: string, attributes: string, load: (name: string, again?: boolean) => Promise<string>);
    update(attributes: string): void;
    destroy(): void;
  }
}
