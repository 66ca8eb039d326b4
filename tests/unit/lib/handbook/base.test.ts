import { describe, expect, test } from 'vitest';
import { pathWithBase, unlinkRoutes, withBase } from '../../../../src/lib/handbook/base';

describe('withBase', () => {
  test('moves root-relative links, images and forms under the base, once', () => {
    const html =
      '<a href="/ladders/">L</a><img src="/favicon.svg"><a href="/hb/already/">A</a><a href="https://x.example/">X</a>' +
      '<a href="//cdn.example/x">C</a><a href="#top">T</a><form action="/search/"></form><a href=\'/single/\'>S</a>';
    expect(withBase(html, '/hb/')).toBe(
      '<a href="/hb/ladders/">L</a><img src="/hb/favicon.svg"><a href="/hb/already/">A</a><a href="https://x.example/">X</a>' +
        '<a href="//cdn.example/x">C</a><a href="#top">T</a><form action="/hb/search/"></form><a href=\'/hb/single/\'>S</a>',
    );
  });

  test('does nothing at the root', () => {
    expect(withBase('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
  });
});

describe('pathWithBase', () => {
  test('one root-relative path goes under the base; anything else is left alone', () => {
    expect(pathWithBase('/ladders/', '/hb/')).toBe('/hb/ladders/');
    expect(pathWithBase('/ladders/', '/hb')).toBe('/hb/ladders/');
    expect(pathWithBase('/hb/ladders/', '/hb/')).toBe('/hb/ladders/');
    expect(pathWithBase('/hb', '/hb/')).toBe('/hb');
    expect(pathWithBase('https://x.example/', '/hb/')).toBe('https://x.example/');
    expect(pathWithBase('//cdn.example/x', '/hb/')).toBe('//cdn.example/x');
    expect(pathWithBase('#top', '/hb/')).toBe('#top');
    expect(pathWithBase('/ladders/', '/')).toBe('/ladders/');
  });
});

describe('unlinkRoutes', () => {
  test('keeps the words of a link to a page that is left out, and every other link', () => {
    const html =
      'See <a href="/templates/one/" class="x">the <em>template</em></a> and <a href="/start/">start</a>.';
    expect(unlinkRoutes(html, new Set(['/templates/one/']))).toBe(
      'See the <em>template</em> and <a href="/start/">start</a>.',
    );
    expect(unlinkRoutes('<a href="/templates/one/#h">x</a>', new Set(['/templates/one/']))).toBe('x');
  });
});
