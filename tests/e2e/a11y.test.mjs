// Accessibility: axe-core in many states, a keyboard-only journey, zoom, dark theme, reduced motion.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { CONDITIONS, LEVELS, OUT, open, start, stateIs } from './app.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(report, [], `axe violations in state "${state}"`);
}

test('axe finds nothing in every condition, severity, aftercare and with cautions ticked', async () => {
  const { page, errors } = await open(app);
  const today = (await page.locator('#pp-start').inputValue());
  let scans = 0;
  for (const condition of CONDITIONS) {
    await page.getByLabel('What do you want treated?').selectOption(condition);
    await stateIs(page, condition, 'moderate', 'typical', today);
    await axe(page, condition);
    scans++;
  }
  for (const [label, severity] of [['Mild', 'mild'], ['Severe', 'severe']]) {
    await page.getByLabel(label).check();
    for (const [aLabel, adherence] of [['Some of it', 'low'], ['All of it', 'high']]) {
      await page.getByLabel(aLabel).check();
      await stateIs(page, 'other', severity, adherence, today);
      await axe(page, `${severity} ${adherence}`);
      scans++;
    }
  }
  for (const id of ['blood-thinners', 'pregnancy', 'diabetes', 'cancer']) await page.locator(`#pp-caution-${id}`).check();
  await page.locator('#pp-caution-cancer-why').waitFor();
  await axe(page, 'cautions ticked');
  await page.getByLabel('Date of your first session').fill('');
  await page.getByLabel('Date of your first session').blur(); // said on leaving the field
  await page.getByRole('alert').waitFor();
  await axe(page, 'bad date');
  scans += 2;
  console.log(`axe: ${scans} states scanned, tags ${TAGS.join(' ')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every landmark has a name of its own and a link\'s long value wraps, in every condition, in English and Spanish', async () => {
  // axe's landmark-unique (a best practice, outside the WCAG tags above): the tables of "Your
  // choices" and "After each session" scrolled in regions named as their sections were.
  const { page, errors } = await open(app, { viewport: { width: 320, height: 800 } });
  for (const lang of ['en', 'es']) {
    for (const condition of CONDITIONS) {
      await page.goto(`${app.server.url}?lang=${lang}&condition=${condition}`);
      await page.locator(`.pp-app[data-live][lang="${lang}"][data-state^="${condition} "]`).waitFor();
      const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
      assert.deepEqual(violations.map((v) => v.nodes.map((n) => n.target.join(' '))), [], `${lang} ${condition}`);
    }
  }
  // A made-up condition is named in the link's notice as it came: it wraps at 320 px.
  await page.goto(`${app.server.url}#condition=${'x'.repeat(60)}`);
  await page.locator('.pp-app[data-live] .pp-notice li').waitFor();
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(sideways, 0, 'the notice makes the page scroll sideways');
  assert.deepEqual(errors, []);
  await page.close();
});

test('axe finds nothing in the dark theme, and it is really dark', async () => {
  const { page } = await open(app, { colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 120, `dark background, got ${bg}`);
  await page.locator('#pp-caution-diabetes').check();
  await axe(page, 'dark');
  await page.screenshot({ path: `${OUT}/dark.png`, fullPage: true });
  await page.close();
});

test('keyboard only: fill the form, reach every control and link, focus always visible', async () => {
  const { page, errors } = await open(app);
  const today = await page.locator('#pp-start').inputValue();
  /** The focused element, with whether its focus ring shows. */
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return { id: el.id, tag: el.tagName, text: el.textContent.trim().slice(0, 30), ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
  });
  const tabTo = async (id) => {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if ((await focused()).id === id) return;
    }
    assert.fail(`Tab never reached #${id}`);
  };
  await tabTo('pp-condition');
  await page.keyboard.press('ArrowDown');
  await stateIs(page, 'low-back', 'moderate', 'typical', today);
  await tabTo('pp-severity-moderate');
  await page.keyboard.press('ArrowDown');
  await stateIs(page, 'low-back', 'severe', 'typical', today);
  await tabTo('pp-adherence-typical');
  await page.keyboard.press('ArrowDown');
  await stateIs(page, 'low-back', 'severe', 'high', today);
  await tabTo('pp-start');
  // Typing a good date raises no alert on the way ("0" of a month, the year 0002...): a screen
  // reader would interrupt at each digit. Counted as the alert is put in, however briefly.
  await page.evaluate(() => {
    window.__dateAlerts = 0;
    new MutationObserver(() => { if (document.getElementById('pp-start-error')) window.__dateAlerts += 1; })
      .observe(document.body, { childList: true, subtree: true });
  });
  await page.keyboard.type('03012027');
  await stateIs(page, 'low-back', 'severe', 'high', '2027-03-01');
  assert.equal(await page.evaluate(() => window.__dateAlerts), 0, 'the date alert showed while a good date was typed');
  await tabTo('pp-caution-diabetes');
  await page.keyboard.press('Space');
  await page.locator('#pp-caution-diabetes-why').waitFor();

  // Walk every tab stop from the top: each control and link is reached, each shows its focus.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.click(2, 2); // the page margin: the walk starts before the first control
  const expected = await page.evaluate(() => {
    // Those a person can see: not the copies of other conditions' sections the page keeps hidden.
    const all = [...document.querySelectorAll('a[href], select, input, button, [tabindex="0"]')].filter((el) => el.checkVisibility());
    all.forEach((el, i) => { el.dataset.stop = i; });
    return all.length;
  });
  const seen = new Set();
  for (let i = 0; i < expected * 2 + 5; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (f.tag === 'BODY') break;
    assert.ok(f.ring, `focus ring missing on ${f.tag}#${f.id} "${f.text}"`);
    seen.add(await page.evaluate(() => document.activeElement.dataset.stop));
  }
  // Radios count as one stop per group; every other control and link is its own stop.
  const radios = await page.locator('input[type=radio]').count();
  assert.equal(seen.size, expected - radios + 2, 'every control and link is a tab stop');
  // The care levels are one keyboard step from the top.
  await page.locator('h1').click();
  await page.keyboard.press('Tab');
  assert.equal((await focused()).text, 'When to get help');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector(':target')?.id === 'pp-care', null, { polling: 100 }); // on a timer: see privacy.test.mjs
  assert.ok(await page.getByRole('heading', { name: LEVELS[0] }).isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});

/** Run in a page: each table or drawing wider than its card and outside a scroll region. While a
 *  card painted only inside itself (content-visibility, until 2026-12-03) its last column was lost
 *  (the Spanish side-effects table's, at 320 to 375 px); now it would scroll the page sideways. */
const cutOff = () => [...document.querySelectorAll('.pp-app[data-live] :is(table, svg)')]
  .filter((el) => el.checkVisibility() && !el.closest('.pp-scroll'))
  .filter((el) => el.getBoundingClientRect().right > el.closest('.pp-card, .pp-form, .pp-level, .pp-app').getBoundingClientRect().right + 1)
  .map((el) => `${el.tagName} in ${el.closest('section')?.className}`);

test('200% zoom (640 CSS px) and 320 px: no sideways scrolling, and no table or picture cut off, in English and Spanish', async () => {
  for (const width of [640, 320]) {
    const { page } = await open(app, { viewport: { width, height: 800 }, deviceScaleFactor: 2 });
    for (const lang of ['en', 'es']) {
      if (lang === 'es') {
        await page.getByRole('button', { name: 'Español' }).click();
        await page.locator('.pp-app[data-live][lang=es]').waitFor();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `no horizontal scroll at ${width} px, ${lang}`);
      assert.deepEqual(await page.evaluate(cutOff), [], `cut off at ${width} px, ${lang}`);
    }
    await page.screenshot({ path: `${OUT}/width-${width}.png`, fullPage: true });
    await page.close();
  }
});

test('320 px with a reader\'s text spacing (WCAG 1.4.12): the page does not scroll sideways; the plan\'s table scrolls in its own box', async () => {
  // The spacing a reader's style sheet may set (1.4.12's figures); the page's CSP would block
  // an inline style, as it should, so this test's page bypasses it.
  const { page, errors } = await open(app, { viewport: { width: 320, height: 800 }, bypassCSP: true });
  const spacing = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
  for (const lang of ['en', 'es']) {
    if (lang === 'es') {
      await page.getByRole('button', { name: 'Español' }).click();
      await page.locator('.pp-app[data-live][lang=es]').waitFor();
    }
    await page.addStyleTag({ content: spacing });
    const cut = await page.evaluate(cutOff);
    const seen = await page.evaluate(() => {
      const box = document.querySelector('.pp-plan table').parentElement;
      const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      box.scrollLeft = box.scrollWidth;
      const lastColumn = box.querySelector('thead th:last-child').getBoundingClientRect();
      const edge = box.getBoundingClientRect();
      box.focus();
      const name = document.getElementById(box.getAttribute('aria-labelledby'))?.textContent;
      return { sideways, name, role: box.getAttribute('role'), scrolls: box.scrollWidth > box.clientWidth, shown: lastColumn.right <= edge.right + 1, focusable: document.activeElement === box };
    });
    assert.equal(seen.sideways, 0, `no sideways page scroll, ${lang}`);
    assert.deepEqual(cut, [], `nothing cut off, ${lang}`);
    assert.equal(seen.role, 'region');
    assert.equal(seen.name, await page.locator('.pp-plan caption').textContent(), 'named by the table\'s caption');
    assert.ok(seen.shown, `the last column scrolls into view, ${lang}`);
    // Spanish's longer words need the box (so this test shows something): a keyboard reaches it.
    if (lang === 'es') assert.deepEqual([seen.scrolls, seen.focusable], [true, true], 'the Spanish table scrolls, and takes focus');
  }
  // A source's name wraps inside itself where a line is narrower than it: the jaw's "NHS Wales
  // 111; PMID 12756926" ran 4 px past its card (it never wrapped).
  await page.locator('#pp-condition').selectOption('jaw');
  await page.locator('.pp-app[data-live][data-state^="jaw "]').waitFor();
  const past = await page.evaluate(() => [...document.querySelectorAll('.pp-app[data-live] .pp-cite')]
    .filter((a) => a.checkVisibility() && !a.closest('.pp-scroll'))
    .filter((a) => a.getBoundingClientRect().right > a.closest('.pp-card, .pp-level').getBoundingClientRect().right + 1)
    .map((a) => a.textContent));
  assert.deepEqual(past, [], 'source names past their card');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone every choice is a card: its downsides are on screen, under their column\'s name, with no sideways swipe', async () => {
  const { page, errors } = await open(app, { viewport: { width: 375, height: 800 } });
  for (const condition of ['knee', 'tennis-elbow']) {
    await page.locator('#pp-condition').selectOption(condition);
    await page.locator(`.pp-app[data-live][data-state^="${condition} "]`).waitFor();
    const cards = await page.locator('.pp-app[data-live] .pp-options:visible tbody tr').evaluateAll((rows) => rows.map((tr) => {
      const last = tr.lastElementChild.getBoundingClientRect();
      const box = tr.closest('.pp-scroll, [role="group"]') ?? tr.closest('.pp-card');
      return {
        choice: tr.querySelector('th').textContent,
        label: tr.lastElementChild.querySelector('.pp-col')?.checkVisibility() ? tr.lastElementChild.querySelector('.pp-col').textContent : null,
        inside: last.left >= box.getBoundingClientRect().left - 1 && last.right <= box.getBoundingClientRect().right + 1,
        sideways: box.scrollWidth > box.clientWidth,
      };
    }));
    assert.ok(cards.length >= 4, `${condition}: ${cards.length} choices`);
    for (const card of cards) assert.deepEqual([card.label, card.inside, card.sideways], ['Main downsides', true, false], `${condition}: ${card.choice}`);
  }
  // Wide, the table keeps its columns (the names are its headers, not repeated in the cells).
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('.pp-app[data-live] .pp-options:visible thead th').first().waitFor();
  assert.equal(await page.locator('.pp-app[data-live] .pp-options:visible .pp-col').evaluateAll((cols) => cols.filter((c) => c.checkVisibility()).length), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the knee chart says which line is which before it is scrolled sideways, in English and Spanish', async () => {
  for (const [width, path] of [[375, ''], [320, 'es.html']]) {
    const { page, errors } = await open(app, { viewport: { width, height: 800 } });
    if (path) {
      await page.goto(`${app.server.url}${path}`);
      await page.locator('.pp-app[data-live][lang=es]').waitFor();
    }
    const labels = await page.locator('.pp-app[data-live] .pp-chart').first().evaluate((figure) => {
      const box = figure.querySelector('svg').parentElement;
      const edge = box.getBoundingClientRect();
      return {
        scrolls: box.scrollWidth > box.clientWidth,
        shown: [...figure.querySelectorAll('.pp-arm-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return r.left >= edge.left - 1 && r.right <= edge.right + 1;
        }),
      };
    });
    // The drawing is wider than a phone (its words would be too small otherwise): it scrolls.
    assert.deepEqual(labels, { scrolls: true, shown: [true, true] }, `${width} px ${path || 'index.html'}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('a tall form column that stays in view scrolls on its own: its last button comes into sight', async () => {
  // Sticky (a screen at least 75rem tall), in Spanish, with remembered answers and a date to
  // fix, the column is taller than the screen (WCAG 2.4.11 focus not obscured).
  const { page, errors } = await open(app, { viewport: { width: 1280, height: 1210 } });
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('.pp-app[data-live][lang=es]').waitFor();
  await page.getByRole('checkbox', { name: /Recordar mis respuestas/ }).check();
  await page.getByLabel('Fecha de su primera sesión').fill('');
  await page.getByLabel('Fecha de su primera sesión').blur();
  await page.getByRole('alert').waitFor();
  const forget = page.getByRole('button', { name: 'Olvidar mis respuestas' });
  await forget.focus();
  const seen = await page.evaluate(() => {
    const b = document.activeElement.getBoundingClientRect();
    const side = document.querySelector('.pp-side');
    return { visible: Math.min(b.bottom, innerHeight) - Math.max(b.top, 0), height: b.height, tall: side.scrollHeight > innerHeight, sticky: getComputedStyle(side).position };
  });
  assert.equal(seen.sticky, 'sticky');
  assert.ok(seen.tall, 'the column is taller than the screen (else the test shows nothing)');
  assert.ok(seen.visible >= seen.height - 1, `the focused button shows whole: ${JSON.stringify(seen)}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('in forced colours (Windows contrast themes) a button keeps its edge, the chosen language stands out and each care level has its own edge', async () => {
  const { page, errors } = await open(app);
  await page.emulateMedia({ forcedColors: 'active' });
  const look = await page.evaluate(() => {
    const edge = (el) => { const s = getComputedStyle(el); return [s.borderTopStyle, s.borderTopWidth, s.borderTopColor]; };
    const weight = (sel) => getComputedStyle(document.querySelector(sel)).fontWeight;
    return {
      buttons: [...document.querySelectorAll('.pp-app[data-live] .pp-button')].filter((b) => b.checkVisibility()).map(edge),
      pressed: weight('.pp-lang[aria-pressed="true"]'),
      other: weight('.pp-lang[aria-pressed="false"]'),
      // Colours are gone: each care level's edge has a line of its own (solid, double, dotted).
      levels: [...document.querySelectorAll('.pp-app[data-live] .pp-care .pp-level')].map((l) => getComputedStyle(l).borderInlineStartStyle),
    };
  });
  assert.deepEqual(look.levels, ['solid', 'double', 'dotted'], 'the three care levels are told apart by more than words');
  assert.ok(look.buttons.length >= 2, `${look.buttons.length} buttons`);
  for (const [style, width, color] of look.buttons) {
    assert.equal(style, 'solid');
    assert.ok(parseFloat(width) >= 1, width);
    assert.notEqual(color, 'rgba(0, 0, 0, 0)', 'forced colours draw the edge');
  }
  assert.notEqual(look.pressed, look.other, 'the chosen language is bold, not only filled');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a source mark near the top jumps to its source at the foot of the page, in view, with or without reduced motion', async () => {
  // The cards between were laid out only near the screen (content-visibility: auto, since
  // removed): a smooth scroll aimed at their placeholder heights stopped thousands of pixels short.
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const { page, errors } = await open(app, { reducedMotion, viewport: { width: 390, height: 844 } });
    const mark = page.locator('.pp-app[data-live] .pp-decision a.pp-cite').first();
    const id = (await mark.getAttribute('href')).slice(1);
    await mark.click();
    const inView = (target) => {
      const r = document.getElementById(target).getBoundingClientRect();
      return r.top > -2 && r.bottom < innerHeight + 2; // sub-pixel: a scroll may stop at -0.1
    };
    await page.waitForFunction(inView, id, { timeout: 5000, polling: 100 }).catch(() => {}); // on a timer: see privacy.test.mjs
    // Still there once the cards it passed are laid out (two frames on).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const top = await page.evaluate((target) => Math.round(document.getElementById(target).getBoundingClientRect().top), id);
    assert.ok(await page.evaluate(inView, id), `${reducedMotion}: #${id} is ${top} px from the top of the screen`);
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), id, 'the source is marked');
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('a screen reader finds every heading and checkbox from the start, not only those near the screen, in English and Spanish', async () => {
  // Chromium's accessibility tree (what a screen reader reads): with the cards below the care
  // levels laid out only near the screen (content-visibility: auto), their headings, landmarks
  // and the cautions' checkboxes were left out of it ("notRendered"), so the list of headings
  // stopped at the care levels. axe reads the DOM and did not see it.
  for (const lang of ['en', 'es']) {
    const { page, errors } = await open(app, { viewport: { width: 390, height: 844 } });
    if (lang === 'es') await page.goto(`${app.server.url}es.html`);
    await page.locator(`.pp-app[data-live][lang="${lang}"]`).waitFor();
    const shown = await page.evaluate(() => {
      const seen = (el) => el.checkVisibility({ checkVisibilityCSS: true }) && !el.closest('[aria-hidden="true"]');
      const app = document.querySelector('.pp-app[data-live]');
      return {
        headings: [...app.querySelectorAll('h1, h2, h3')].filter(seen).map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
        boxes: [...app.querySelectorAll('input[type="checkbox"]')].filter(seen).length,
      };
    });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const exposed = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role);
    const names = new Set(exposed('heading').map((n) => n.name?.value.replace(/\s+/g, ' ').trim()));
    assert.ok(shown.headings.length > 15 && shown.boxes > 10, `${lang}: the page has its sections (${shown.headings.length} headings, ${shown.boxes} boxes)`);
    assert.deepEqual(shown.headings.filter((h) => !names.has(h)), [], `${lang}: headings on the page but not in the accessibility tree`);
    assert.equal(exposed('checkbox').length, shown.boxes, `${lang}: every checkbox is in the accessibility tree`);
    // A caution with less proof says so in its box's name, ticked or not (the tag beside the
    // label was read only when reading the page, not when moving from box to box).
    const tag = await page.locator('.pp-app[data-live] .pp-cautions .pp-tag').first().textContent();
    const tagged = exposed('checkbox').filter((n) => n.name?.value.includes(tag));
    assert.equal(tagged.length, 2, `${lang}: the cancer and autoimmune boxes' names say "${tag}"`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the three care levels and the plan\'s stages are told apart by colour and line as well as words, in the first view and the app', async () => {
  const look = (page) => page.evaluate(() => ({
    levels: [...document.querySelectorAll('#pp-root .pp-level')].map((l) => {
      const s = getComputedStyle(l);
      return [s.backgroundColor, s.borderInlineStartColor, getComputedStyle(l.querySelector('h3')).color];
    }),
    stages: [...document.querySelectorAll('#pp-root .pp-plan tbody tr')].map((r) => getComputedStyle(r.querySelector('th')).borderInlineStartStyle),
  }));
  const still = await app.browser.newContext({ javaScriptEnabled: false });
  const first = await still.newPage();
  await first.goto(app.server.url);
  const { page } = await open(app);
  for (const { levels, stages } of [await look(first), await look(page)]) {
    assert.equal(levels.length, 3);
    // Each level its own background and its own heading colour, matching its edge.
    assert.equal(new Set(levels.map(([bg]) => bg)).size, 3, JSON.stringify(levels));
    for (const [bg, edge, heading] of levels) {
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'a background');
      assert.equal(heading, edge, 'the heading in the edge\'s colour');
    }
    // The default plan: first sessions solid, later dashed, the top-up dotted.
    assert.deepEqual([...new Set(stages)], ['solid', 'dashed', 'dotted']);
  }
  await still.close();
  await page.close();
});
