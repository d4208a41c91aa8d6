// @ts-check
// The {{name}} slots of the index.html template, which scripts/postbuild.mjs fills. Trunk's own
// ({{__TRUNK_ADDRESS__}} and the like, in the live-reload script that `trunk serve` adds to the
// page) are Trunk's to fill as it serves the page: they are left alone, or `scripts/serve.sh`,
// the README's first command, fails its first build.

/**
 * The first slot of `page` that nothing will fill (postbuild fills its own first; Trunk's are
 * Trunk's), as written; null when there is none.
 * @param {string} page
 * @returns {string | null}
 */
export const unfilledSlot = (page) => page.match(/\{\{(?!__TRUNK_)\w+\}\}/)?.[0] ?? null;
