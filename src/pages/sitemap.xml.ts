import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/site-content';
import { absoluteUrl } from '../lib/urls';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every indexable page with its last substantive update, for search engines. */
export const GET: APIRoute = async ({ site }) => {
  const { topics } = await loadSiteContent();
  const newest = topics.map((t) => t.data.updated).sort().at(-1);
  const pages = [
    { path: '', lastmod: newest },
    { path: 'sources/', lastmod: newest },
    { path: 'glossary/', lastmod: undefined },
    ...topics.map((topic) => ({ path: `topics/${topic.id}/`, lastmod: topic.data.updated })),
  ];
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    pages
      .map(({ path, lastmod }) => `  <url><loc>${escapeXml(absoluteUrl(path, site))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
      .join('\n') +
    '\n</urlset>\n';
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
