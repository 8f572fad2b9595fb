#!/usr/bin/env python3
"""Writes the place-mention gold files of this folder from hand-made annotations.

Offsets are computed here (Python indexes strings by code point, Borderline's unit); the
annotations themselves -- which spans are mentions and what they mean -- were made by hand
and every expected GeoNames id was checked with grep in gazetteer/places.tsv. Run from the
package root:  python3 Tests/BorderlineTests/Fixtures/Places/make_gold.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
PLACES = {}
with open(os.path.join(ROOT, "gazetteer/places.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        c = line.rstrip("\n").split("\t")
        PLACES[c[0]] = (c[5], c[5] + "." + c[7] if c[7] else "", c[2], c[1])

HEADER = "document\tstart\tend\tsurface\texpected\tadmin1\tcountry\tnote\n"

def gold_row(doc, start, end, surface, expected, note):
    if expected in PLACES:
        country, admin1, name, kind = PLACES[expected]
        note = note or f"{name} ({kind})"
    else:
        kind, _, admin1 = expected.partition(":")
        assert kind in ("unresolvable", "ambiguous"), expected
        expected, country = kind, admin1.split(".")[0] if admin1 else ""
    return f"{doc}\t{start}\t{end}\t{surface}\t{expected}\t{admin1}\t{country}\t{note}\n"

# --- Seed articles: (line, surface, occurrence within the line, expected, note) -------------
SEEDS = {
    "000_b226895ee19b64e6": [
        (1, "Belgorod", 1, "578072", ""), (1, "Kyiv", 1, "703448", "Kyiv's soldiers: possessive"),
        (3, "Belgorod", 1, "578072", ""),
        (5, "Russia", 1, "2017370", "Russia's"), (5, "Ukraine", 1, "690791", "the Ukraine war"),
        (7, "Belgorod", 1, "578072", ""), (7, "Russia", 1, "2017370", ""), (7, "Ukraine", 1, "690791", ""),
        (8, "Kyiv", 1, "703448", "metonymy for the government: still the city"),
        (8, "Belgorod region", 1, "578071", "region phrase"),
        (9, "Ukraine", 1, "690791", "'Vladimir' of Vladimir Putin is a person"),
        (10, "Kursk", 1, "538560", ""),
        (11, "Bryansk", 1, "571476", "the article says 'in southwestern Ukraine'; the only Bryansk is the Russian city"),
        (11, "Ukraine", 1, "690791", ""), (11, "Voronezh region", 1, "472039", "region phrase"),
        (12, "Moscow", 1, "524901", ""), (12, "Kyiv", 1, "703448", ""),
        (13, "Ukraine", 1, "690791", "the Ukraine war"), (13, "Russia", 1, "2017370", "Russia's homes"),
    ],
    "001_7d8314d09207095c": [
        (1, "Russia", 1, "2017370", "Russia's Belgorod"), (1, "Belgorod", 1, "578072", "Russia's Belgorod"),
        (1, "Ukraine", 1, "690791", ""), (1, "Kyiv", 1, "703448", ""),
        (3, "Russia", 1, "2017370", ""), (3, "Ukraine", 1, "690791", ""),
        (5, "Belgorod Oblast", 1, "578071", ""), (5, "Belgorod", 2, "578072", "the center of Belgorod, a city"),
        (13, "Ukraine", 1, "690791", "site boilerplate, still a place"),
        (17, "Belgorod Oblast", 1, "578071", "'Ukrainska Pravda' is a newspaper"),
        (25, "Dnipro", 1, "709930", ""), (25, "Kharkiv", 1, "706483", ""), (25, "Odesa", 1, "698740", ""),
        (31, "Belgorod Oblast", 1, "578071", ""), (31, "Ukraine", 1, "690791", "Ukraine's"),
        (31, "Kharkiv", 1, "706482", "shared suffix: Kharkiv and Sumy oblasts"),
        (31, "Sumy oblasts", 1, "692196", "shared suffix"),
        (33, "Ukraine", 1, "690791", "Ukraine war latest"), (33, "Russia", 1, "2017370", "Russia's"),
        (33, "Ukraine", 2, "690791", ""),
        (35, "Ukraine", 1, "690791", "'Kyiv Independent' is a newspaper"),
    ],
    "002_8c53604bdc8ae853": [
        (1, "Russia", 1, "2017370", "Russia's (curly apostrophe)"), (1, "Kursk region", 1, "538555", ""),
        (2, "Moscow", 1, "524901", "metonymy"), (2, "Sudzha", 1, "486816", "near the town of Sudzha"),
        (4, "Kyiv", 1, "703448", ""), (5, "Moscow", 1, "524901", ""),
        (6, "Russia", 1, "2017370", "Russia's Ministry of Defence"), (6, "Kursk region", 1, "538555", ""),
        (7, "Kursk", 1, "538560", "bare name: the city"),
        (10, "Moscow", 1, "524901", ""), (10, "St Petersburg", 1, "498817", ""),
        (11, "Kyiv", 1, "703448", ""), (11, "Kursk", 1, "538560", "bare name: the city"),
        (12, "Ukraine", 1, "690791", "Ukraine's military"),
        (13, "Russia", 1, "2017370", ""), (13, "Kharkiv region", 1, "706482", "the north-eastern Kharkiv region"),
        (13, "Moscow", 1, "524901", ""), (13, "Sumy region", 1, "692196", ""),
        (14, "Ukraine", 1, "690791", ""),
        (16, "Russia", 1, "2017370", ""), (16, "Ukraine", 1, "690791", ""),
        (17, "Belgorod", 1, "578071", "shared suffix: Belgorod and Kursk regions"),
        (17, "Kursk regions", 1, "538555", "shared suffix"),
    ],
    "003_cbb3035c13c91b5b": [
        (1, "Ukraine", 1, "690791", ""), (1, "Belgorod", 1, "578072", "the city of Belgorod"),
        (2, "Russia", 1, "2017370", ""), (2, "Ukraine", 1, "690791", ""), (2, "Moscow", 1, "524901", ""),
        (6, "Russia", 1, "2017370", ""),
        (7, "Belgorod", 1, "578072", ""), (7, "Ukraine", 1, "690791", ""), (7, "Kharkiv", 1, "706483", "the city of Kharkiv"),
        (11, "Belgorod", 1, "578072", "near Belgorod"),
        (13, "Russia", 1, "2017370", ""), (13, "Georgia", 1, "614540", "troops relocated from Georgia: the country"),
        (13, "Ukraine", 1, "690791", ""),
        (15, "Russia", 1, "2017370", ""),
        (16, "Sloboda", 1, "unresolvable:UA.02", "village south of Chernihiv, not in GeoNames cities500"),
        (16, "Lukashivka", 1, "unresolvable:UA.02", "village south of Chernihiv, not in GeoNames cities500"),
        (16, "Chernihiv", 1, "710735", "written 'Chernihivwhich' (typo); the span is the name"),
        (17, "Kiev", 1, "703448", "older spelling of Kyiv"),
    ],
}

def seed_rows():
    rows = []
    for doc, items in SEEDS.items():
        text = open(os.path.join(ROOT, "seeds", doc + ".txt"), encoding="utf-8").read()
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        for line, surface, occurrence, expected, note in items:
            start = line_starts[line - 1]
            end_of_line = text.find("\n", start)
            line_text = text[start:end_of_line if end_of_line >= 0 else len(text)]
            # word start boundary; the end may run into a glued word ("Chernihivwhich")
            hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface), line_text)]
            assert len(hits) >= occurrence, (doc, line, surface)
            s = start + hits[occurrence - 1]
            assert text[s:s + len(surface)] == surface
            rows.append(gold_row(doc, s, s + len(surface), surface, expected, note))
    return rows

# --- Sentences written for the tests: [[surface|expected]] marks every mention --------------
SENTENCES = [
    "Air-raid sirens sounded over [[Belgorod|578072]] late on Friday.",
    "Debris fell on a school in [[Russia|2017370]]'s [[Belgorod|578072]], officials said.",
    "[[Kyiv|703448]]'s soldiers were accused of striking a depot.",
    "Residents of [[Russia|2017370]]’s [[Kursk region|538555]] were told to stay indoors.",
    "The governor of [[Belgorod Oblast|578071]] ordered schools closed.",
    "Power cuts were reported across the [[Belgorod region|578071]] on Monday.",
    "Drones were shot down over the [[Voronezh region|472039]], the ministry said.",
    "Fighters crossed into the [[Belgorod|578071]] and [[Kursk regions|538555]] in March.",
    "[[Belgorod Oblast|578071]] borders [[Ukraine|690791]]'s [[Kharkiv|706482]] and [[Sumy oblasts|692196]].",
    "Troops advanced in the north-eastern [[Kharkiv region|706482]] after heavy shelling.",
    "Shells landed in the [[Shebekinsky district|unresolvable:RU.09]] overnight.",
    "Reporters in [[Kiev|703448]] heard explosions before dawn.",
    "Old maps still spell it [[Kharkov|706483]], while signs in the city say [[Kharkiv|706483]].",
    "Separatists in [[Lugansk|702658]] announced a curfew; [[Luhansk|702658]] has been occupied since 2014.",
    "A bridge outside [[Chernigov|710735]] was repaired by volunteers.",
    "Ferries left [[Odessa|698740]] at dawn while [[Odesa|698740]] prepared for a storm.",
    "Factories in [[Dnepr|709930]], now officially [[Dnipro|709930]], kept working.",
    "Ukrainian sources call the city [[Bilhorod|578072]] rather than [[Belgorod|578072]].",
    "Evacuees from [[Sumy|692194]] arrived by train.",
    "Doctors flew in from [[St Petersburg|498817]] and [[Moscow|524901]].",
    "The ballet toured [[Saint Petersburg|498817]] last winter.",
    "Flights from [[St. Petersburg|498817]] were delayed by fog.",
    "Nice weather helped the harvest this year.",
    "Of course, nobody expected the talks to succeed.",
    "Police said the driver was detained.",
    "Mobile units of the army moved towards the frontier.",
    "Regional governor Vyacheslav Gladkov said two people were hurt.",
    "President Vladimir Putin met his security council.",
    "Vladimir Putin did not comment on the attack.",
    "They met in a bar near the station.",
    "Many people queued for water.",
    "[[Russia|2017370]] moved troops from [[Georgia|614540]] to reinforce its units in [[Ukraine|690791]].",
    "Editors at the Kyiv Independent could not confirm the report.",
    "RBC Ukraine cited an unnamed source.",
    "The Kyiv Post reported the strike within minutes.",
    "Взрывы прогремели в [[Белгороде|578072]] ночью.",
    "[[Харків|706483]] знову під обстрілом.",
    "Губернатор [[Белгородской области|578071]] сообщил о пострадавших.",
    "Жители [[Курска|538560]] слышали взрывы.",
    "Обстрел [[Шебекино|495112]] продолжался весь день.",
    "[[Росія|2017370]] атакувала [[Україну|690791]] ракетами.",
    "Ukrainian drones struck a fuel depot near [[Sudzha|486816]].",
    "Troops crossed the border near the town of [[Sudzha|486816]] in the [[Kursk region|538555]].",
    "Sappers cleared mines in [[Sloboda|unresolvable:UA.02]] and [[Lukashivka|unresolvable:UA.02]] just south of [[Chernihiv|710735]].",
    "A village called [[Sloboda|ambiguous]] was mentioned without any other detail.",
    "Refugees from [[Ivanivka|ambiguous]] registered at the aid centre.",
    "Shelling of [[KYIV|703448]] resumed after midnight.",
    "Volunteers in [[kharkiv|706483]] handed out bread.",
    "[[Moscow|524901]] blamed [[Kyiv|703448]] for the blast.",
    "A refinery in [[Bryansk|571476]], in western [[Russia|2017370]], caught fire.",
    "The airport of [[Donetsk|709717]] was destroyed years ago.",
    "Shells hit [[Valuyki|477192]] in the [[Belgorod region|578071]].",
    "Strikes on [[Kharkiv|706483]] and [[Zaporizhzhia|687700]] killed civilians.",
    "Officials in [[Lviv|702550]] opened new shelters.",
    "Convoys moved from [[Belarus|630336]] towards [[Chernihiv|710735]].",
    "Trains from [[Minsk|625144]] to [[Gomel|627907]] were cancelled.",
    "Partisans claimed a sabotage attack in [[Crimea|703883]].",
    "Commanders in the [[Rostov region|501165]] moved reserves.",
    "Smoke rose over [[Rostov-on-Don|501175]] after a drone attack.",
    "[[Ukraine|690791]] said shells fell on [[Vovchansk|689304]], north-east of [[Kharkiv|706483]].",
    "Protesters filled the streets of [[Tbilisi|611717]], the capital of [[Georgia|614540]].",
    "Shelters opened in [[Sumy|692194]] and [[Konotop|705135]] as the threat grew.",
    "Explosions shook [[Shebekino|495112]], a town a few kilometres from the border.",
    "The mayor of [[Odesa|698740]] said the port was hit.",
    "Minister Sergei Shoigu visited troops in the [[Kherson region|706442]].",
    "Independent monitors in [[Mariupol|701822]] counted the dead.",
    "Fierce fighting continued around [[Bakhmut|713174]] and [[Avdiivka|713122]].",
    "Ракети влучили в [[Суми|692194]] вранці.",
    "Many residents of [[Russia|2017370]]’s [[Belgorod|578072]] left for [[Voronezh|472045]].",
    "Police in [[Kursk|538560]] closed two roads.",
]

def sentence_rows():
    docs, rows = [], []
    for number, marked in enumerate(SENTENCES, 1):
        doc = f"s{number:02d}"
        text, spans, pos = "", [], 0
        for m in re.finditer(r"\[\[([^|\]]+)\|([^\]]+)\]\]", marked):
            text += marked[pos:m.start()]
            spans.append((len(text), m.group(1), m.group(2)))
            text += m.group(1)
            pos = m.end()
        text += marked[pos:]
        docs.append(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n")
        for start, surface, expected in spans:
            rows.append(gold_row(doc, start, start + len(surface), surface, expected, ""))
    return docs, rows

if __name__ == "__main__":
    with open(os.path.join(HERE, "seed_gold.tsv"), "w", encoding="utf-8") as f:
        f.write(HEADER + "".join(seed_rows()))
    docs, rows = sentence_rows()
    with open(os.path.join(HERE, "sentences.jsonl"), "w", encoding="utf-8") as f:
        f.write("".join(docs))
    with open(os.path.join(HERE, "sentences_gold.tsv"), "w", encoding="utf-8") as f:
        f.write(HEADER + "".join(rows))
    print(f"seed mentions: {len(seed_rows())}; sentences: {len(docs)}, mentions: {len(rows)}", file=sys.stderr)
