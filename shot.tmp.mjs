import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const base = process.env.BASE ?? 'http://127.0.0.1:4399';
const jobs = JSON.parse(process.argv[2]);
for (const j of jobs) {
  const ctx = await browser.newContext({
    viewport: j.viewport ?? { width: 1280, height: 900 },
    colorScheme: j.scheme ?? 'light',
    isMobile: !!j.mobile,
    hasTouch: !!j.mobile,
  });
  const page = await ctx.newPage();
  await page.goto(base + j.path);
  if (j.click) {
    await page.getByRole('button', { name: j.click }).click();
    await page.waitForTimeout(500);
  }
  if (j.print) await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `/tmp/shots/${j.name}.png`, fullPage: !!j.full });
  if (j.eval) console.log(j.name, await page.evaluate(j.eval));
  await ctx.close();
}
await browser.close();
