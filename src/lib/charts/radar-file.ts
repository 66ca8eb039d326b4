/**
 * The CSS of a radar chart saved as a file of its own (the ladder pages' "Download this chart as
 * SVG"): the chart's rules (src/styles/radar.css) with light colours, and dark ones where the
 * viewer prefers them. Kept apart from `radar.ts`, which the assessment island bundles and
 * which never writes a file.
 */
export function radarFileCss(rules: string): string {
  return `svg{--radar-ink:#1b1f24;--radar-grid:#8a94a0;--radar-series-1:#1f5a8a;--radar-series-2:#b3541e;background:#fff;font-family:system-ui,sans-serif}
@media (prefers-color-scheme:dark){svg{--radar-ink:#eef1f4;--radar-grid:#6b7580;--radar-series-1:#7fb6e6;--radar-series-2:#f0a06a;background:#17191c}}
${rules.trim()}`;
}

/**
 * A chart from `radarSvg` as a file of its own: the SVG namespace, which a file needs and inline
 * markup does not, and its whole CSS (`radarFileCss`) after the chart's title.
 */
export function radarFile(svg: string, css: string): string {
  return svg
    .replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace('</title>', () => `</title><style>\n${css}\n</style>`);
}
