import { describe, expect, test } from 'vitest';
import { applyTerms, applyTermsToData, termValues } from '../../../../src/lib/config/terms';
import { DEFAULT_CONFIG } from '../../../../src/lib/config/parse-config';

const acme = termValues({
  name: 'Acme Handbook',
  description: 'How engineering works at Acme.',
  terms: {
    ...DEFAULT_CONFIG.terms,
    incidentChannel: '#war-room',
    severityPrefix: 'P',
    pagingTool: 'Opsgenie',
  },
});

describe('applyTerms', () => {
  test('replaces each placeholder with the team’s word, and capitalises on request', () => {
    const { text, unknown } = applyTerms(
      'Declare a {{severityPrefix}}1 in {{incidentChannel}}. {{PagingTool}} pages you.',
      acme,
    );
    expect(text).toBe('Declare a P1 in #war-room. Opsgenie pages you.');
    expect(unknown).toEqual([]);
    expect(applyTerms('{{PagingTool}} rings.', termValues(DEFAULT_CONFIG)).text).toBe('The pager rings.');
    expect(applyTerms('Welcome to the {{ handbookName }}.', acme).text).toBe('Welcome to the Acme Handbook.');
    // The home page's frontmatter is the config's description.
    expect(applyTerms('description: "{{handbookDescription}}"', acme).text).toBe(
      'description: "How engineering works at Acme."',
    );
  });

  test('a value that would start a heading is escaped where it starts a line; a channel name is no heading', () => {
    expect(applyTerms('Intro.\n{{incidentChannel}} is where we talk.', acme).text).toBe(
      'Intro.\n#war-room is where we talk.',
    );
    const spaced = termValues({
      name: 'x',
      description: 'y',
      terms: { ...DEFAULT_CONFIG.terms, incidentChannel: '# war room' },
    });
    expect(
      applyTerms('Intro.\n{{incidentChannel}} is open.\nPost in {{incidentChannel}}.', spaced).text,
    ).toBe('Intro.\n\\# war room is open.\nPost in # war room.');
  });

  test('reports a placeholder that names no term, with its line, and leaves it as written', () => {
    const { text, unknown } = applyTerms('Line one.\nPage through {{pagerTool}}.', acme);
    expect(unknown).toEqual([{ name: 'pagerTool', line: 2 }]);
    expect(text).toContain('{{pagerTool}}');
  });
});

describe('applyTermsToData', () => {
  test('replaces placeholders in every string of parsed data, leaving other values alone', () => {
    const date = new Date('2026-01-01');
    const data = {
      title: 'Page {{incidentChannel}}',
      items: [{ text: '{{SeverityPrefix}}2', n: 2, when: date }],
    };
    expect(applyTermsToData(data, acme)).toEqual({
      title: 'Page #war-room',
      items: [{ text: 'P2', n: 2, when: date }],
    });
  });

  test('collects unknown names', () => {
    const unknown: string[] = [];
    applyTermsToData({ a: ['{{nope}}'] }, acme, unknown);
    expect(unknown).toEqual(['nope']);
  });
});
