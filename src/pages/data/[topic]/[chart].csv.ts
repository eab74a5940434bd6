import type { APIRoute, GetStaticPaths } from 'astro';
import { chartTable } from '../../../charts/registry';
import { toCsv } from '../../../charts/csv';
import { siteLocale } from '../../../i18n';
import { writeAfterBuild } from '../../../lib/data-files';
import { chartContext, loadSiteContent } from '../../../lib/site-content';

/**
 * One CSV file per chart: the "Get the data" download. The preview serves them from here; a build
 * writes them all at once after the pages (src/lib/data-files.ts), cheaper than a route each.
 */
export const getStaticPaths = (async () => {
  const content = await loadSiteContent();
  const context = chartContext(content, siteLocale);
  const files = content.topics.flatMap((topic) =>
    Object.entries(topic.data.charts).map(([chart, spec]) => {
      const table = chartTable(spec, context);
      return { params: { topic: topic.id, chart }, props: { csv: toCsv(table.csvColumns, table.csv) } };
    }),
  );
  if (writeAfterBuild(files.map(({ params, props }) => [`data/${params.topic}/${params.chart}.csv`, props.csv]))) return [];
  return files;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
