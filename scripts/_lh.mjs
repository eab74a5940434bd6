import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { serveStatic } from './serve-static.mjs';
const server = await serveStatic({ dir: 'dist-audit', base: '/', port: 4431 });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const { lhr } = await lighthouse(`http://127.0.0.1:4431/${process.argv[2]}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
writeFileSync('/tmp/lhr.json', JSON.stringify(lhr));
const a = lhr.audits;
console.log('score', lhr.categories.performance.score, 'TBT', a['total-blocking-time'].numericValue);

console.log('breakdown', a['mainthread-work-breakdown'].details.items.map((i) => i.group + ' ' + Math.round(i.duration)).join(', '));


await chrome.kill(); server.close?.(); process.exit(0);
