/**
 * Every string a reader sees, in English. A translation is an object of the same shape
 * (`UiStrings`) registered in `locales.ts`. `{name}` marks a value filled in at build time; plural
 * forms are keyed by Intl.PluralRules categories (`one`, `few`, `many`, `other`).
 */
/** Plural forms by Intl.PluralRules category; English needs `one` and `other`, Ukrainian also `few` and `many`. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const plural = (forms: Plural): Plural => forms;

export const en = {
  skipToContent: 'Skip to content',
  siteNavigation: 'Site',
  homeLink: 'All explainers',
  sources: 'Sources',
  sourcesIndexTitle: 'Sources',
  sourcesIndexIntro: 'Every statement, assessment and article our explainers draw on, with the chain through which we read it.',
  glossary: 'Glossary',
  glossaryTitle: 'Glossary',
  glossaryIntro: 'Terms that recur across our explainers, in plain words.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'We could not find that page. It may have moved, or the address may be mistyped.',
  backHome: 'Go to all explainers',
  home: {
    startHere: 'Start here',
    startHereIntro: 'New to the story? These explainers build on one another in this order.',
    all: 'More explainers',
    /** The lead story's locator map, named after its main place. */
    leadMap: 'The area this story covers, around {place}, in Ukraine',
  },
  search: {
    /** The header's search box and the search page's field. */
    label: 'Search the explainers',
    button: 'Search',
    placeholder: 'e.g. Sloviansk',
    /** The header link that stands in for the box without JavaScript: it leads to the list of explainers. */
    fallbackLink: 'Find an explainer',
    title: 'Search',
    intro: 'Search every explainer and the glossary. Places are found under any common spelling, for example Sloviansk, Slovyansk or Slavyansk.',
    noScript: 'Search needs JavaScript, which is off or has not loaded. Every explainer is listed below instead.',
    /** Announced as results arrive; {n} is the count, {query} what the reader typed. */
    results: plural({ one: '{n} result for “{query}”', other: '{n} results for “{query}”' }),
    none: 'Nothing found for “{query}”. Try another spelling or a broader word.',
    searching: 'Searching…',
    unavailable: 'Search is not available here: its index is written by npm run build, not by the preview.',
    glossary: 'Glossary',
  },
  topicsIndex: {
    title: 'All explainers',
    intro: 'Every explainer we have published, most recently updated first.',
  },
  places: {
    heading: 'Places in this story',
    /** After a place's name: "also spelt Slovyansk, Slavyansk". */
    alsoSpelt: 'also spelt {names}',
  },
  /** Shown across a draft in the preview; drafts are never published. */
  draftBanner: 'Draft: this page is visible only in the preview. It will be published once draft: true is set to false.',
  published: 'Published',
  updated: 'Updated',
  by: 'By',
  status: { developing: 'Developing story', ongoing: 'Ongoing', concluded: 'Concluded', background: 'Background' },
  sourcesHeading: 'Sources',
  relatedHeading: 'Related explainers',
  correctionsHeading: 'Corrections',
  /** A correction's heading in feeds: "Correction (25 November 2026)". */
  correctionDated: 'Correction ({date})',
  noCorrections: 'No corrections have been made to this page.',
  correctionsContact: 'Spotted an error? Write to',
  usedIn: 'Used in',
  footer: 'Built as a static site: every page works without JavaScript.',
  sourceKinds: {
    'official-statement': 'Official statement',
    'think-tank': 'Think tank',
    'news-outlet': 'News outlet',
    aggregator: 'News aggregator',
  },
  /** How one source reached us through another: "ISW, as reported by Euromaidan Press (23 Dec 2025)". */
  sourceChain: '{source}, as reported by {via}',
  /** An outlet with the date of its report: "LBC (23 Dec 2025)". */
  sourceDated: '{source} ({date})',
  source: {
    /** Shown where the original could not be found online. */
    urlNotFound: 'original not found online',
    /** Shown where we identified the publisher ourselves. */
    inferred: 'publisher identified from the page’s wording and style',
    archived: 'archived copy',
    /** Marks a title that is our description, not the published headline. */
    description: 'our description',
    language: 'in {language}',
    /** Under a source in a list: where it reached us from. */
    via: 'As reported by {via}.',
  },
  /** A citation's accessible name: "Source 3: LBC (23 Dec 2025)". */
  citation: 'Source {n}: {source}',
  /** Joins the last two items of a list: "a, b and c". */
  listAnd: 'and',
  /** A percentage: "75%" in English, "75 %" where a space is the convention. */
  percent: '{value}%',
  /** The language editions: the switcher, and notices on translated or untranslated topics. */
  editions: {
    /** Names the language switcher for screen readers. */
    label: 'Other languages',
    /** On a topic not yet translated into this edition's language: {language} names the original's. */
    fallback: 'This explainer has not been translated into English yet. Below is the original, in {language}.',
    /** On a translation whose original changed after it was made. */
    outdated: 'The original was updated on {date}, after this translation was made; some changes may not be in it yet.',
    original: 'Read the original ({language})',
    translated: 'Translated from the original ({language}) of {date}.',
  },
  chart: {
    source: 'Source',
    sources: 'Sources',
    asOf: 'Data as of',
    notes: 'Note',
    /** Links a chart to the page's "How we reported this" entry that explains it. */
    method: 'How we worked this out',
    getData: 'Get the data (CSV)',
    /** Heads the list of where a map's geography comes from. */
    mapData: 'Map data',
    showTable: 'Show the data as a table',
    legend: 'Key',
    /** Sits between two differing figures on a bar: "635 or >650 drones". */
    or: ' or ',
    /** Separates the parts of a tooltip: date, label, status, note. */
    tipSeparator: ' — ',
    qualifier: {
      exact: '{value}',
      about: 'about {value}',
      'more-than': 'more than {value}',
      'at-least': 'at least {value}',
      'up-to': 'up to {value}',
      under: 'under {value}',
    },
    qualifierShort: {
      exact: '{value}',
      about: '~{value}',
      'more-than': '>{value}',
      'at-least': '≥{value}',
      'up-to': '≤{value}',
      under: '<{value}',
    },
    status: {
      confirmed: 'Confirmed by {party}',
      claimed: 'Claimed by {party}',
      disputed: 'Claimed by {party}, denied by {denier}',
      unverified: 'Unverified',
      statement: 'Said by {party}',
    },
    /** The key's words for each mark; they link to the glossary's definition of the statuses. */
    statusKey: {
      confirmed: 'Confirmed',
      claimed: 'Claimed by one side',
      disputed: 'Disputed: denied or contradicted',
      unverified: 'Unverified',
      statement: 'Statement: what someone said',
    },
    /** A date inferred from the reporting rather than stated in it. */
    approximateDate: 'around {date}',
    range: 'Hatched: the span between differing reports; a tick marks each source’s figure',
    openBound: 'Arrow on a tick: a figure reported as a bound (“more than”, “up to”), pointing the way the true value may lie',
    /** The key for a share drawn on its 0–100% track. */
    track: 'Share of the whole, on a track from 0 to 100%',
    interpolated: 'Dashed: a straight line between the reported points, not a record of the months between',
    computedDistance: 'Straight-line distance computed from coordinates',
    otherPlaces: 'Other places',
    timeline: {
      columns: ['Date', 'Event', 'Status', 'Note', 'Source'],
      describe: 'Timeline of {count} from {start} to {end}',
      count: plural({ one: '{n} event', other: '{n} events' }),
      unconfirmed: ', {n} of them not confirmed',
      item: '{date}: {label} ({status}).',
      /** Beside a break in the axis, where a long stretch without events is shortened. */
      gap: '{duration} later',
    },
    bar: {
      columns: ['Category', 'Reported value', 'Source'],
      describe: 'Bar chart of {count}',
      count: plural({ one: '{n} category', other: '{n} categories' }),
      disagree: '; sources disagree on {n}',
      largest: 'Largest: {label}, {value}.',
      smallest: 'Smallest: {label}, {value}.',
      others: 'Others: {list}.',
      labelValue: '{label}, {value}',
      reportedDifferently: 'reported differently: {list}',
      reportWithSource: '{value} ({source})',
      tip: '{label}: {value} ({source})',
    },
    line: {
      columns: ['Series', 'Date', 'Value', 'Source'],
      valueWithUnit: 'Value ({unit})',
      describe: 'Line chart of {label} from {start} to {end}: from {from} to {to}',
      peak: ', peaking at {value} in {date}',
      annotation: '{label} ({date})',
      tip: '{label}, {date}: {value}',
    },
    change: {
      columns: ['Measure', 'From', 'To', 'Source'],
      describe: '{label}: from {from} ({fromDate}) to {to} ({toDate})',
      key: 'From the earlier report to the later one; the arrow does not trace the path between them',
    },
    stats: {
      columns: ['Figure', 'What it counts', 'Source'],
      /** The qualifier as a word before a headline number: "Under 11,000". */
      qualifier: { exact: '', about: 'About', 'more-than': 'More than', 'at-least': 'At least', 'up-to': 'Up to', under: 'Under' },
    },
    map: {
      columns: ['Place or route', 'Oblast or distance', 'Latitude, longitude or reported distance', 'Group or source'],
      describe: 'Map of Ukraine showing {places}.',
      group: '{label}: {places}.',
      route: '{from} to {to}: {km} km in a straight line{reported}.',
      routeReported: '; {source} reports {reported}',
      routeDiffers: ', which differs from the computed distance',
      routeName: '{from} to {to}',
      computed: '{km} km (computed)',
      tip: '{from} to {to}: {km} km in a straight line, computed from coordinates',
      tipReported: '; reported as {reported} by {source}',
      label: '{km}\u00a0km',
      /** The second line of a route's label, where the reported distance differs from ours. */
      labelReported: 'reported: {reported}',
      labelReportedShort: '(rep. {reported})',
      labelShort: '{km}\u00a0km (rep. {reported})',
      /** The kilometre, after a reported distance: "about 30 km". */
      km: 'km',
      oblast: '{name} oblast',
      scale: '{km}\u00a0km',
      countries: {
        '804': 'Ukraine',
        '643': 'Russia',
        '112': 'Belarus',
        '616': 'Poland',
        '703': 'Slovakia',
        '348': 'Hungary',
        '642': 'Romania',
        '498': 'Moldova',
      },
      seas: { 'black-sea': 'Black Sea', 'sea-of-azov': 'Sea of Azov' },
      layers: 'Also shown: {list}.',
      highlighted: 'Region named in the text',
      notShown: 'Not shown: {what}',
      credit: '{title}: {source} ({license}; {asOf})',
      baseCredit:
        'Country outlines: Natural Earth 1:50m, as packaged in world-atlas 2.0.2 (public domain data; package ISC-licensed), with Crimea drawn as part of Ukraine',
    },
    /** Charts that change over time: dated states, a stepper, and their permalinks. */
    states: {
      column: 'State',
      status: { confirmed: 'confirmed', claimed: 'claimed', disputed: 'disputed', unverified: 'unverified' },
      /** Names the list of states for screen readers, and the stepper that picks one. */
      list: 'The chart at {count}',
      count: plural({ one: '{n} date', other: '{n} dates' }),
      stepper: 'Show the chart on a date',
      previous: 'Earlier',
      next: 'Later',
      /** Announced when the stepper changes the state: "2 of 3: 11 December 2025: ...". */
      announce: '{position} of {count}: {state}',
      link: 'Link to this state',
      /** Names a scrollytelling section for screen readers. */
      steps: 'Step by step: {title}',
    },
    /** Notes drawn on a chart, tied to a place, a date or a span of dates. */
    annotations: {
      describe: 'Notes on the chart: {list}.',
    },
    /** Sharing a chart: its link, its embed code and its image files. */
    share: {
      summary: 'Share, embed or download',
      link: 'Link to this chart',
      embed: 'Embed code',
      embedHelp: 'Paste this where your page should show the chart. The script sizes the frame to fit; without it the frame is 560 px high.',
      png: 'Image (PNG)',
      svg: 'Image (SVG)',
      copy: 'Copy',
      copied: 'Copied',
      backTo: 'From the explainer: {title}',
      frameTitle: 'Chart: {title}',
    },
  },
};

export type UiStrings = typeof en;
