import type { APIRoute, GetStaticPaths } from 'astro';
import { chartTable } from '../../../charts/registry';
import { toCsv } from '../../../charts/csv';
import { siteLocale } from '../../../i18n';
import { chartContext, loadSiteContent } from '../../../lib/site-content';

/** One CSV file per chart, written at build time: the "Get the data" download. */
export const getStaticPaths = (async () => {
  const content = await loadSiteContent();
  const context = chartContext(content, siteLocale);
  return content.topics.flatMap((topic) =>
    Object.entries(topic.data.charts).map(([chart, spec]) => {
      const table = chartTable(spec, context);
      return { params: { topic: topic.id, chart }, props: { csv: toCsv(table.csvColumns, table.csv) } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
