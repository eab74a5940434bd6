/** Water bodies named on maps where they are in frame; positions chosen for their labels, by us. */
export const seas = [
  { id: 'black-sea', longitude: 32.2, latitude: 43.7 },
  { id: 'sea-of-azov', longitude: 36.6, latitude: 46.1 },
] as const;

export type SeaId = (typeof seas)[number]['id'];

/** Countries named on maps where enough of them is in frame, by ISO 3166-1 numeric code. */
export const namedCountries = ['804', '643', '112', '616', '703', '348', '642', '498'] as const;

export type CountryCode = (typeof namedCountries)[number];
