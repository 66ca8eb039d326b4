import type { Page } from '@playwright/test';
import { test, expect, at } from './fixtures';
import { handbook } from './site';
import { ladderPaths } from '../../src/lib/handbook/routes';
import { ladderToCsv, parseLadderCsv } from '../../src/lib/ladders/export';
import { LadderSchema } from '../../src/schemas/ladder';

const all = handbook.ladders;

/** Reads the values a radar polygon encodes, from its points, on a 0…max scale. */
async function radarValues(page: Page, series: number): Promise<number[]> {
  return page
    .locator(`.radar-figure svg .radar-series-${series}`)
    .first()
    .evaluate((element) => {
      const polygon = element as unknown as SVGPolygonElement;
      const svg = polygon.ownerSVGElement!;
      // Every spoke starts at the centre (the box around the chart fits its labels, so it is not centred).
      const spoke = svg.querySelector('.radar-spoke')!;
      const centre = Number(spoke.getAttribute('x1'));
      if (Number(spoke.getAttribute('y1')) !== centre)
        throw new Error('the spokes do not start at the centre');
      const outer = svg
        .querySelector('.radar-ring:last-of-type')!
        .getAttribute('points')!
        .split(' ')[0]!
        .split(',')
        .map(Number);
      const radius = Math.hypot(outer[0]! - centre, outer[1]! - centre);
      const rings = svg.querySelectorAll('.radar-ring').length;
      return polygon
        .getAttribute('points')!
        .split(' ')
        .map((p) => {
          const [x, y] = p.split(',').map(Number);
          return Math.round((Math.hypot(x! - centre, y! - centre) / radius) * rings * 10) / 10;
        });
    });
}

test('the ladders hub lists every ladder and every level', async ({ page }) => {
  await page.goto(ladderPaths.hub());
  for (const ladder of all) {
    await expect(page.getByRole('heading', { name: ladder.title })).toBeVisible();
    for (const level of ladder.levels) {
      await expect(page.getByRole('link', { name: level.title, exact: true }).first()).toBeVisible();
    }
  }
});

for (const ladder of all) {
  test.describe(ladder.title, () => {
    test('the overview shows every rating and every expectation from the data', async ({ page }) => {
      await page.goto(ladderPaths.ladder(ladder.id));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ladder.title);
      const glance = page.locator('table.glance');
      for (const [row, dimension] of ladder.dimensions.entries()) {
        const cells = glance.locator('tbody tr').nth(row).locator('td');
        await expect(cells).toHaveText(ladder.levels.map((l) => String(l.dimensions[dimension.id]!.rating)));
        const section = page.locator('section.dimension').nth(row);
        await expect(section.getByRole('heading')).toHaveText(dimension.label);
        for (const level of ladder.levels) {
          await expect(section).toContainText(level.dimensions[dimension.id]!.expectation);
        }
      }
    });

    test('the sidebar links to the overview', async ({ page }) => {
      await page.goto(ladderPaths.hub());
      const sidebar = page.getByRole('navigation', { name: 'Main' });
      await expect(sidebar.getByRole('link', { name: ladder.title })).toHaveAttribute(
        'href',
        at(ladderPaths.ladder(ladder.id)),
      );
    });
  });
}

const ic = all.find((l) => l.track === 'ic')!;
const [lower, upper] = [ic.levels[2]!, ic.levels[3]!];

test('a level page shows its expectations, signals, anti-patterns and the way up', async ({ page }) => {
  await page.goto(ladderPaths.level(ic.id, lower.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${lower.title} (${lower.band})`);
  for (const dimension of ic.dimensions) {
    const cell = lower.dimensions[dimension.id]!;
    const section = page.locator('section.expectation', { has: page.locator(`#dim-${dimension.id}`) });
    await expect(section).toContainText(cell.expectation);
    for (const item of [...cell.signals, ...cell.antiPatterns]) await expect(section).toContainText(item);
  }
  await expect(page.getByRole('heading', { name: `How to get to ${upper.title}` })).toBeVisible();
  for (const step of lower.toNextLevel!) await expect(page.locator('#next-level + ol')).toContainText(step);
  await page.getByRole('link', { name: `what changes from ${lower.title} to ${upper.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${ladderPaths.next(ic.id, lower.id, upper.id)}$`));
});

test('the radar chart draws the same numbers as its table and the data', async ({ page }) => {
  await page.goto(ladderPaths.level(ic.id, lower.id));
  const expected = ic.dimensions.map((d) => lower.dimensions[d.id]!.rating);
  expect(await radarValues(page, 1)).toEqual(expected);
  const table = page.locator('.radar-table tbody tr');
  await expect(table.locator('th')).toHaveText(ic.dimensions.map((d) => d.label));
  await expect(table.locator('td')).toHaveText(expected.map(String));
});

test('a chart of two levels has a key in its table, and every chart’s labels are inside it and readable on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(ladderPaths.compare(ic.id, lower.id, upper.id));
  const figure = page.locator('.radar-figure').first();
  for (const n of [1, 2]) {
    // The key beside each level's name is drawn in the colour and line of its shape.
    const key = figure.locator(`.radar-table thead .radar-key-${n}`);
    const keyLook = await key.evaluate((k) => [
      getComputedStyle(k).borderTopColor,
      getComputedStyle(k).borderTopStyle,
    ]);
    const shape = await figure
      .locator(`svg .radar-series-${n}`)
      .evaluate((p) => [getComputedStyle(p).stroke, getComputedStyle(p).strokeDasharray]);
    expect(keyLook[0]).toBe(shape[0]);
    expect(keyLook[1]).toBe(shape[1] === 'none' ? 'solid' : 'dashed');
  }
  for (const path of [ladderPaths.compare(ic.id, lower.id, upper.id), ladderPaths.level(ic.id, lower.id)]) {
    await page.goto(path);
    const { px, outside } = await page
      .locator('svg.radar')
      .first()
      .evaluate((svg) => {
        const s = svg as SVGSVGElement;
        const box = s.viewBox.baseVal;
        const labels = [...s.querySelectorAll<SVGTextElement>('.radar-label')];
        return {
          // The labels' size as drawn: their size in the chart's units, scaled as the chart is.
          px: Number(labels[0]!.getAttribute('font-size')) * (s.getBoundingClientRect().width / box.width),
          outside: labels
            .filter((l) => {
              const b = l.getBBox();
              return (
                b.x < box.x ||
                b.y < box.y ||
                b.x + b.width > box.x + box.width ||
                b.y + b.height > box.y + box.height
              );
            })
            .map((l) => l.textContent),
        };
      });
    expect(outside, path).toEqual([]);
    expect(px, path).toBeGreaterThanOrEqual(11.5);
  }
});

test('the radar chart downloads as a standalone SVG with the level’s numbers', async ({ page, request }) => {
  await page.goto(ladderPaths.level(ic.id, lower.id));
  const link = page.getByRole('link', { name: 'Download this chart as SVG' });
  await expect(link).toHaveAttribute('download', `${ic.id}-${lower.id}.svg`);
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  const svg = await response.text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('prefers-color-scheme:dark');
  // Open the file on its own: it renders and draws one shape per level profile.
  await page.setContent(svg);
  await expect(page.locator('svg .radar-series-1')).toHaveCount(1);
  expect(await page.locator('svg text.radar-label').count()).toBe(ic.dimensions.length);
});

test('the next-level page shows, per dimension, both expectations and what is new', async ({ page }) => {
  await page.goto(ladderPaths.next(ic.id, lower.id, upper.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`From ${lower.title} to ${upper.title}`);
  await expect(page.locator('.lead')).toHaveText(upper.keyShift);
  for (const dimension of ic.dimensions) {
    const section = page.locator('section', { has: page.locator(`h3#dim-${dimension.id}`) });
    await expect(section).toContainText(lower.dimensions[dimension.id]!.expectation);
    await expect(section).toContainText(upper.dimensions[dimension.id]!.expectation);
  }
  expect(await radarValues(page, 2)).toEqual(ic.dimensions.map((d) => upper.dimensions[d.id]!.rating));
});

test('where the ladder names a guide to the next level, the level page and the step page both link it', async ({
  page,
}) => {
  const steps = handbook.ladders.flatMap((l) =>
    l.levels.flatMap((level, i) =>
      level.nextLevelGuide ? [{ ladder: l, level, next: l.levels[i + 1]!, guide: level.nextLevelGuide }] : [],
    ),
  );
  expect(steps.length).toBeGreaterThan(2);
  for (const { ladder, level, next, guide } of steps) {
    const title = handbook.pages.find((p) => p.route === guide)!.title;
    for (const path of [
      ladderPaths.level(ladder.id, level.id),
      ladderPaths.next(ladder.id, level.id, next.id),
    ]) {
      await page.goto(path);
      const line = page.locator('main p', { hasText: 'The whole move, with a plan and scripts:' });
      await expect(line.getByRole('link', { name: title, exact: true }), path).toHaveAttribute(
        'href',
        at(guide),
      );
    }
  }
});

test('every adjacent pair of every ladder has a next-level page', async ({ request }) => {
  for (const ladder of all) {
    for (let i = 1; i < ladder.levels.length; i++) {
      const response = await request.get(
        ladderPaths.next(ladder.id, ladder.levels[i - 1]!.id, ladder.levels[i]!.id),
      );
      expect(response.status()).toBe(200);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('any two levels can be compared side by side from the compare page', async ({ page }) => {
    const [a, b] = [ic.levels[0]!, ic.levels[4]!];
    await page.goto(ladderPaths.compareIndex(ic.id));
    await page.getByRole('link', { name: `${b.title} and ${a.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`${ladderPaths.compare(ic.id, a.id, b.id)}$`));
    const rows = page.locator('.side-by-side tbody tr');
    await expect(rows).toHaveCount(ic.dimensions.length);
    for (const [i, dimension] of ic.dimensions.entries()) {
      await expect(rows.nth(i).locator('td').nth(0)).toContainText(a.dimensions[dimension.id]!.expectation);
      await expect(rows.nth(i).locator('td').nth(1)).toContainText(b.dimensions[dimension.id]!.expectation);
    }
  });
});

test('ladder pages ship no JavaScript beyond what every Starlight page has', async ({ page }) => {
  const scripts = async (path: string) => {
    await page.goto(path);
    return page
      .locator('script')
      .evaluateAll((nodes) =>
        nodes.map(
          (s) =>
            (s as HTMLScriptElement).src.replace(/^https?:\/\/[^/]+/, '') ||
            `inline:${s.textContent!.length}`,
        ),
      );
  };
  const baseline = new Set(await scripts('/start/how-to-use/'));
  for (const path of [
    ladderPaths.ladder(ic.id),
    ladderPaths.level(ic.id, lower.id),
    ladderPaths.next(ic.id, lower.id, upper.id),
    ladderPaths.compareIndex(ic.id),
    ladderPaths.compare(ic.id, lower.id, upper.id),
  ]) {
    const extra = (await scripts(path)).filter((s) => !baseline.has(s));
    expect(extra, path).toEqual([]);
  }
});

test('the JSON and CSV downloads hold the same data as the YAML', async ({ request }) => {
  for (const ladder of all) {
    const json = await (await request.get(ladderPaths.json(ladder.id))).json();
    expect(LadderSchema.parse(json)).toEqual(ladder);
    const csvResponse = await request.get(ladderPaths.csv(ladder.id));
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    // UTF-8 with a byte order mark, so Excel shows "L1–L2" and not "L1â€“L2".
    const bytes = await csvResponse.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv).toBe(ladderToCsv(ladder));
    expect(parseLadderCsv(`\uFEFF${csv}`)).toEqual(parseLadderCsv(csv));
    expect(parseLadderCsv(csv)).toHaveLength(ladder.levels.length * ladder.dimensions.length);
  }
});

test('cutting a ladder address back lands on a page, never a 404: /next/ has every step, /radar/ every chart', async ({
  page,
  request,
}) => {
  // Every folder above a ladder page or file, as a reader gets by deleting the end of the address.
  const parents = new Set(
    handbook.generated
      .filter((g) => g.route.startsWith('/ladders/'))
      .flatMap((g) => {
        const parts = g.route.split('/').filter(Boolean);
        return parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
      }),
  );
  for (const ladder of all) {
    expect(parents).toContain(ladderPaths.nextIndex(ladder.id));
    expect(parents).toContain(ladderPaths.radarIndex(ladder.id));
  }
  for (const path of parents) expect((await request.get(path)).status(), path).toBe(200);

  const ic = all[0]!;
  await page.goto(ladderPaths.nextIndex(ic.id));
  const steps = page.locator('main section.ladder-step');
  await expect(steps).toHaveCount(ic.levels.length - 1);
  for (const [i, to] of ic.levels.slice(1).entries()) {
    const from = ic.levels[i]!;
    await expect(steps.nth(i).getByRole('heading', { level: 2 })).toHaveText(
      `From ${from.title} to ${to.title}`,
    );
    await expect(steps.nth(i)).toContainText(to.keyShift);
    await expect(steps.nth(i).getByRole('link')).toHaveAttribute(
      'href',
      at(ladderPaths.next(ic.id, from.id, to.id)),
    );
  }
  await page.goto(ladderPaths.radarIndex(ic.id));
  const charts = page.locator('main section.level-chart');
  await expect(charts).toHaveCount(ic.levels.length);
  for (const [i, level] of ic.levels.entries()) {
    await expect(charts.nth(i).locator('svg.radar > title')).toHaveText(
      new RegExp(`^${level.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: profile`),
    );
    await expect(charts.nth(i).locator('a[download]')).toHaveAttribute(
      'href',
      at(ladderPaths.radar(ic.id, level.id)),
    );
  }
});
