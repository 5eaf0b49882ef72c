"""Generate the benchmark corpus: news-style articles of realistic length.

Real news is mostly sentences that carry no diplomatic fact (markets,
weather, sport, background, quotes), with a few that do (a meeting, a
visit, a signing, a call, a planned trip).  The generator mixes the two in
that proportion, so the extractor is timed on the text it will really see.
Fixed seed: the same command always writes the same corpus.

    .venv/bin/python bench/make_corpus.py            # 600 articles -> bench/corpus/articles.jsonl
    .venv/bin/python bench/make_corpus.py --articles 2000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
CORPUS_FILE = CORPUS_DIR / "articles.jsonl"
DEFAULT_SEED = 20240619
DEFAULT_ARTICLES = 600

OFFICIALS = [
    ("Choe Son-hui", "Foreign Minister", "North Korea"),
    ("Sergey Lavrov", "Foreign Minister", "Russia"),
    ("Vladimir Putin", "President", "Russia"),
    ("Kim Jong-un", "leader", "North Korea"),
    ("Wang Yi", "Foreign Minister", "China"),
    ("Xi Jinping", "President", "China"),
    ("Antony Blinken", "Secretary of State", "the United States"),
    ("Narendra Modi", "Prime Minister", "India"),
    ("Subrahmanyam Jaishankar", "External Affairs Minister", "India"),
    ("Fumio Kishida", "Prime Minister", "Japan"),
    ("Yoon Suk Yeol", "President", "South Korea"),
    ("Andrey Rudenko", "Deputy Foreign Minister", "Russia"),
    ("Sergei Shoigu", "Security Council Secretary", "Russia"),
    ("Penny Wong", "Foreign Minister", "Australia"),
    ("Hakan Fidan", "Foreign Minister", "Turkey"),
    ("Annalena Baerbock", "Foreign Minister", "Germany"),
    ("Mauro Vieira", "Foreign Minister", "Brazil"),
    ("Ronald Lamola", "Foreign Minister", "South Africa"),
]
CAPITALS = {
    "North Korea": "Pyongyang",
    "Russia": "Moscow",
    "China": "Beijing",
    "the United States": "Washington",
    "India": "New Delhi",
    "Japan": "Tokyo",
    "South Korea": "Seoul",
    "Australia": "Canberra",
    "Turkey": "Ankara",
    "Germany": "Berlin",
    "Brazil": "Brasilia",
    "South Africa": "Pretoria",
}
ADJECTIVES = {
    "North Korea": "North Korean",
    "Russia": "Russian",
    "China": "Chinese",
    "the United States": "U.S.",
    "India": "Indian",
    "Japan": "Japanese",
    "South Korea": "South Korean",
    "Australia": "Australian",
    "Turkey": "Turkish",
    "Germany": "German",
    "Brazil": "Brazilian",
    "South Africa": "South African",
}
AGREEMENTS = [
    "a memorandum of understanding on trade cooperation",
    "an agreement on visa-free travel",
    "a protocol on consular consultations",
    "a treaty on comprehensive strategic partnership",
    "an agreement on cooperation in science and technology",
    "a plan of consultations for next year",
]
TEAMS = [
    "Ulsan Hyundai",
    "Zenit",
    "Shandong Taishan",
    "Urawa Reds",
    "Mohun Bagan",
    "Melbourne City",
    "Galatasaray",
    "Bayern Munich",
    "Flamengo",
    "Mamelodi Sundowns",
]
INDEXES = [
    "the KOSPI",
    "the Nikkei 225",
    "the Hang Seng",
    "the Sensex",
    "the MOEX index",
    "the DAX",
    "the S&P 500",
    "the Bovespa",
    "the ASX 200",
]
COMMODITIES = ["Brent crude", "gold", "copper", "wheat futures", "iron ore", "palm oil"]
REGIONS = [
    "the capital region",
    "the eastern coast",
    "the southern provinces",
    "the north-west",
    "mountain areas",
    "coastal cities",
]
SECTORS = ["semiconductor", "shipbuilding", "steel", "retail", "auto", "banking", "energy", "airline"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Sentences that carry no diplomatic fact: most of every article.
FILLER = [
    "{index} rose {pct} percent on {weekday}, led by {sector} shares, as investors weighed fresh data "
    "on exports and inflation.",
    "{index} fell {pct} percent in afternoon trade after the central bank signalled that rates would "
    "stay high for longer than markets had expected.",
    "{commodity} prices edged {updown} to their {adj} level in {weeks} weeks amid worries about demand "
    "and shipping costs.",
    "The central bank kept its benchmark rate unchanged at {rate} percent for the {ordinal} straight "
    "meeting, citing sticky services inflation.",
    "Exports rose {pct2} percent from a year earlier in {month}, helped by strong shipments of chips and "
    "cars, the trade ministry said.",
    "Consumer prices climbed {pct} percent in {month}, slightly above forecasts, as food and transport "
    "costs increased.",
    "Unemployment held at {rate} percent, while the number of people in work rose by about {thousands} "
    "thousand, official data showed.",
    "Analysts said the {sector} sector would remain under pressure until global demand recovered in the "
    "second half of the year.",
    "The government plans to spend {billions} billion on roads, ports and rail links over the next five "
    "years, according to the budget draft.",
    "Heavy rain is forecast for {region} over the weekend, with up to {mm} millimetres expected in some "
    "places and a risk of landslides.",
    "Temperatures in {region} are expected to reach {deg} degrees Celsius on {weekday}, and the weather "
    "service urged people to limit outdoor work.",
    "A cold front will bring snow and strong winds to {region}, forecasters said, and several ferry "
    "services were suspended.",
    "Fine dust levels were rated unhealthy in {region} for the third day in a row, and schools cancelled "
    "outdoor classes.",
    "{team} beat {team2} {score} on {weekday} to move to the top of the league table, with two goals "
    "in the final ten minutes.",
    "{team} drew {draw} with {team2} in a match that was delayed for an hour by a thunderstorm.",
    "The national team coach named a squad of {squad} players for next month's qualifiers, recalling "
    "two veterans.",
    "Tickets for the final sold out within {minutes} minutes, organisers said, and the stadium will hold "
    "about {thousands} thousand fans.",
    "The two countries established diplomatic relations in {year}, and trade between them has grown "
    "sharply over the past decade.",
    "Relations have been strained by disputes over fishing rights, export controls and the treatment of "
    "each other's nationals.",
    "Observers said the talks were part of a wider effort by both governments to diversify their "
    "partners at a time of shifting alliances.",
    "The ministry said the exchanges would continue at the working level, without giving details.",
    "Critics in parliament said the government had given away too much and gained too little in return.",
    "Opposition lawmakers called for a hearing on the issue, saying the public had not been told enough.",
    "A spokesman for the ministry declined to comment on the reports, saying only that contacts were "
    "routine.",
    "Security was tight in the city centre, where several streets were closed to traffic for the day.",
    "Local media showed crowds waving flags along the route from the airport to the city centre.",
    "Shipping traffic through the strait returned to normal after a two-day closure caused by high waves.",
    "Officials said about {thousands} thousand households were still without power after the storm.",
    "The city's metro carried a record {millions} million passengers last year, the operator said.",
    "Tourist arrivals rose {pct2} percent in the first half of the year, led by visitors from "
    "neighbouring countries.",
    "Farmers in {region} said the drought had cut the rice harvest by about a fifth.",
    "The company said it would build a new battery plant with an investment of {billions} billion, "
    "creating some {thousands} thousand jobs.",
    "Economists expect growth of about {rate} percent this year, down from last year's pace.",
    "The currency weakened past {fx} per dollar, its lowest level since {month}.",
    "Health authorities reported a rise in seasonal flu cases and urged older people to get vaccinated.",
    "A court in the capital will hear the case next month, lawyers for the defendants said.",
]

# Sentences with one diplomatic fact (or a planned one that must not become a fact).
FACTS = [
    "{p1} met {p2} in {city} on {weekday}, and the two discussed trade, security and regional issues.",
    "{p1} held talks with {p2} in {city} on {weekday}, the foreign ministry said in a statement.",
    "{p1} arrived in {city} on {weekday} for a {days}-day official visit at the invitation of {p2}.",
    "{p1} and {p2} signed {agreement} after their talks in {city} on {weekday}.",
    "{p1} spoke by phone with {p2} on {weekday} and discussed preparations for upcoming contacts.",
    "{p1} is expected to visit {city} next month, although no date has been set.",
    "{p1} said {p1s} was ready to meet {p2} at an early date.",
    "{p1} received {p2} at the presidential residence on {weekday}, state media reported.",
]


def _fill(template: str, rng: random.Random) -> str:
    p1, p2 = rng.sample(OFFICIALS, 2)
    team, team2 = rng.sample(TEAMS, 2)
    return template.format(
        index=rng.choice(INDEXES),
        pct=f"{rng.uniform(0.1, 2.9):.1f}",
        pct2=f"{rng.uniform(1, 25):.1f}",
        weekday=rng.choice(WEEKDAYS),
        sector=rng.choice(SECTORS),
        commodity=rng.choice(COMMODITIES),
        updown=rng.choice(["up", "down"]),
        adj=rng.choice(["highest", "lowest"]),
        weeks=rng.randint(2, 30),
        rate=f"{rng.uniform(1, 6):.2f}",
        ordinal=rng.choice(["second", "third", "fourth", "fifth"]),
        month=rng.choice(["January", "March", "May", "June", "August", "October", "November"]),
        thousands=rng.randint(5, 90),
        billions=f"{rng.randint(2, 60)}",
        millions=rng.randint(200, 900),
        region=rng.choice(REGIONS),
        mm=rng.randint(50, 300),
        deg=rng.randint(-18, 39),
        team=team,
        team2=team2,
        score=f"{rng.randint(1, 4)}-{rng.randint(0, 1)}",
        draw=rng.choice(["0-0", "1-1", "2-2"]),
        squad=rng.randint(23, 26),
        minutes=rng.randint(5, 40),
        year=rng.randint(1949, 1995),
        fx=rng.randint(90, 1450),
        p1=f"{ADJECTIVES[p1[2]]} {p1[1]} {p1[0]}",
        p1s=rng.choice(["he", "she"]),
        p2=p2[0],
        city=CAPITALS[p2[2]],
        days=rng.randint(2, 4),
        agreement=rng.choice(AGREEMENTS),
    )


def make_article(number: int, rng: random.Random) -> dict[str, str]:
    """One article of 400-1000 words: a dateline lead, filler paragraphs, a few fact sentences."""
    target_words = rng.randint(400, 1000)
    published = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
    host = rng.choice(OFFICIALS)
    city = CAPITALS[host[2]]
    lead = _fill(rng.choice(FACTS[:5]), rng)
    paragraphs = [f"{city.upper()}, {published:%B} {published.day} - {lead}"]
    words = len(paragraphs[0].split())
    fact_budget = rng.randint(1, 4)
    # Deal filler from a shuffled deck so an article repeats a template only once the deck runs out.
    deck: list[str] = []
    while words < target_words:
        size = rng.randint(2, 4)
        sents = []
        for _ in range(size):
            if not deck:
                deck = rng.sample(FILLER, len(FILLER))
            sents.append(_fill(deck.pop(), rng))
        if fact_budget and rng.random() < 0.25:
            sents.insert(rng.randrange(len(sents) + 1), _fill(rng.choice(FACTS), rng))
            fact_budget -= 1
        paragraph = " ".join(sents)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return {
        "id": f"bench-{number:05d}",
        "source": "Benchmark Wire",
        "url": f"https://bench.example/{published.isoformat()}/{number}",
        "title": f"{host[0]} in diplomatic push as markets and weather dominate the week ({number})",
        "published": published.isoformat(),
        "text": "\n\n".join(paragraphs) + "\n",
    }


def generate(count: int = DEFAULT_ARTICLES, seed: int = DEFAULT_SEED) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [make_article(i, rng) for i in range(count)]


def write_corpus(records: list[dict[str, str]], path: Path = CORPUS_FILE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=CORPUS_FILE)
    args = parser.parse_args()
    records = generate(args.articles, args.seed)
    path = write_corpus(records, args.out)
    words = sum(len(r["text"].split()) for r in records)
    print(f"wrote {len(records)} articles ({words} words, {words // len(records)} per article) to {path}")


if __name__ == "__main__":
    main()
