import { chromium } from '@playwright/test';
const [,, url, width, out, selector, scheme] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme || 'light' });
await page.goto(url);
const els = selector ? await page.locator(selector).all() : [];
if (els.length) { let i=0; for (const el of els) { await el.screenshot({ path: out.replace('.png', `-${i++}.png`) }); } }
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
