// The template's slots postbuild must fill, and Trunk's, which it must leave to Trunk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unfilledSlot } from '../../scripts/page-slots.mjs';

// As `trunk serve` (0.21) adds it to the page: its live-reload script, filled as it serves.
const reload = `<script>(function () {
    const address = '{{__TRUNK_ADDRESS__}}';
    const base = '{{__TRUNK_WS_BASE__}}';
    let protocol = '{{__TRUNK_WS_PROTOCOL__}}';
})()</script>`;

test("Trunk's live-reload slots are Trunk's: `trunk serve` builds", () => {
  assert.equal(unfilledSlot(`<html><body>${reload}</body></html>`), null);
  assert.equal(unfilledSlot('<title>ProloPath</title>'), null);
});

test('a slot nothing fills is named, even beside Trunk’s', () => {
  assert.equal(unfilledSlot('<title>{{title}}</title>'), '{{title}}');
  assert.equal(unfilledSlot(`${reload}<p>{{noteBody}}</p>`), '{{noteBody}}');
  assert.equal(unfilledSlot('<p>{{__trunk_lowercase}}</p>'), '{{__trunk_lowercase}}');
});
