import { describe, expect, test } from 'vitest';
import { dropTurnedOff } from '../../../../src/lib/handbook/turned-off';

/** The website's half of the rule: rows and items only about a turned-off section are left out. */
const off = new Set(['/decisions/when-to-leave/', '/decisions/career-strategy/']);

describe('dropTurnedOff', () => {
  test('a table row whose every link leads into the section goes; a row with another link stays', () => {
    const html =
      '<table><tbody><tr><td>Should I leave?</td><td><a href="/decisions/when-to-leave/">When to leave</a></td></tr>' +
      '<tr><td>Staying?</td><td><a href="/decisions/when-to-leave/#stay">Leave</a> or <a href="/start/x/">x</a></td></tr>' +
      '<tr><td>No link at all</td><td>text</td></tr></tbody></table>';
    expect(dropTurnedOff(html, off)).toBe(
      '<table><tbody><tr><td>Staying?</td><td><a href="/decisions/when-to-leave/#stay">Leave</a> or <a href="/start/x/">x</a></td></tr>' +
        '<tr><td>No link at all</td><td>text</td></tr></tbody></table>',
    );
  });

  test('a list item that starts with such a link goes, nested lists and all; one that mentions it later stays', () => {
    const html =
      '<ul><li><strong><a href="/decisions/career-strategy/">Career decisions</a></strong>: leaving.<ul><li>inner</li></ul></li>' +
      '<li>See <a href="/decisions/when-to-leave">when to leave</a>.</li>' +
      '<li><p><a href="/start/x/">Start</a></p></li></ul>';
    expect(dropTurnedOff(html, off)).toBe(
      '<ul><li>See <a href="/decisions/when-to-leave">when to leave</a>.</li>' +
        '<li><p><a href="/start/x/">Start</a></p></li></ul>',
    );
  });

  test('a task-list item starting with such a link goes too, as the export leaves it out', () => {
    const html =
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> <a href="/decisions/when-to-leave/">Decide</a> by Friday</li>' +
      '<li class="task-list-item"><input type="checkbox" checked disabled> Book the room</li></ul>';
    expect(dropTurnedOff(html, off)).toBe(
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> Book the room</li></ul>',
    );
  });

  test('with no section turned off, the page is untouched', () => {
    const html = '<ul><li><a href="/decisions/career-strategy/">x</a></li></ul>';
    expect(dropTurnedOff(html, new Set())).toBe(html);
  });
});
