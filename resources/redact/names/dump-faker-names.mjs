// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
// Prints {locale: {first: [...], last: [...]}} for every @faker-js/faker locale.
// Usage: node dump-faker-names.mjs /path/to/faker/package/dist/index.js > names.json
const F = await import(process.argv[2] ?? './package/dist/index.js');
const out = {};
for (const [k, v] of Object.entries(F)) {
  if (!k.endsWith('') || typeof v !== 'object' || !v || !v.person) continue;
  const p = v.person;
  const flat = (x) => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
  const fn = flat(p.first_name), ln = flat(p.last_name);
  if (fn.length || ln.length) out[k] = {first: [...new Set(fn)], last: [...new Set(ln)]};
}
console.log(JSON.stringify(out));
