import { describe, expect, test } from 'vitest';
import { nameSearchButtonByItsText } from '../../../../src/components/overrides/search-button';

// The shape Starlight 0.42's Search.astro renders (scoped class names shortened).
const starlightSearch = `<site-search class="astro-x" data-translations="{}"><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-x"><svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex astro-x" style="display: none;"><kbd class="astro-x">Ctrl</kbd><kbd class="astro-x">K</kbd></kbd></button><dialog style="padding:0" aria-label="Search"><button data-close-modal>Cancel</button></dialog></site-search>`;

describe('nameSearchButtonByItsText', () => {
  const fixed = nameSearchButtonByItsText(starlightSearch);
  const button = /<button data-open-modal[^>]*>/.exec(fixed)![0];

  test('removes the aria-label from the search button so its name comes from its text', () => {
    expect(button).not.toContain('aria-label');
    expect(button).toContain('aria-keyshortcuts="Control+K"');
  });

  test('keeps the "Search" label readable by screen readers at every width', () => {
    expect(fixed).toContain('<span class="handbook-search-label astro-x">Search</span>');
    expect(fixed).not.toMatch(/<span[^>]*aria-hidden="true">Search<\/span>/);
  });

  test('leaves the dialog and its own label alone', () => {
    expect(fixed).toContain('<dialog style="padding:0" aria-label="Search">');
    expect(fixed.length).toBeLessThan(starlightSearch.length);
  });

  test('works on the markup of `astro dev`, whose elements carry source attributes', () => {
    const dev = starlightSearch.replace(
      'aria-hidden="true">Search',
      'aria-hidden="true" data-astro-source-file="Search.astro" data-astro-source-loc="26:3">Search',
    );
    expect(nameSearchButtonByItsText(dev)).toContain(
      '<span class="handbook-search-label astro-x" data-astro-source-file="Search.astro" data-astro-source-loc="26:3">Search</span>',
    );
  });

  test('fails loudly when Starlight’s markup changes', () => {
    expect(() => nameSearchButtonByItsText('<div>no button</div>')).toThrow(/search button was not found/);
    expect(() => nameSearchButtonByItsText(fixed)).toThrow(/"Search" label .* was not found/);
  });
});
