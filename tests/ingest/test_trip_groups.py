"""Who travelled and met as a group: "they" after a plural subject, members listed with the
leader, companions on every leg, roving envoys, the EU's High Representative.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 3, 13)


def met(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET" and f.status == "happened"}


def visited(record: ExtractionRecord) -> set[tuple[str | None, str | None]]:
    return {(f.person, f.country) for f in record.facts if f.type == "VISITED" and f.status == "happened"}


def test_they_in_a_where_clause_is_the_plural_subject(extract: Extract) -> None:
    record = extract(
        "The Nordic trade envoy Anna Berglund and her deputy Lars Holm visited Tashkent on Monday, where "
        "they met Foreign Minister Akmal Yusupov.",
        DAY,
    )
    assert frozenset({"Anna Berglund", "Akmal Yusupov"}) in met(record)
    assert frozenset({"Lars Holm", "Akmal Yusupov"}) in met(record)
    assert frozenset({"Anna Berglund", "Lars Holm"}) not in met(record)


def test_they_includes_whoever_accompanied_the_subject(extract: Extract) -> None:
    record = extract(
        "Swedish envoy Anna Berglund, accompanied by her deputy Lars Holm, visited Tashkent on Monday, where "
        "they met Foreign Minister Akmal Yusupov and Deputy Foreign Minister Nodir Saidov.",
        DAY,
    )
    assert frozenset({"Lars Holm", "Nodir Saidov"}) in met(record)
    assert frozenset({"Anna Berglund", "Akmal Yusupov"}) in met(record)


def test_members_listed_with_the_leader_travel_and_meet(extract: Extract) -> None:
    record = extract(
        "A Kenyan delegation led by Foreign Minister Peter Otieno and including Trade Minister Grace "
        "Wanjiku held talks with Ghana's Foreign Minister Kofi Mensah in Accra on Tuesday.",
        DAY,
    )
    assert frozenset({"Grace Wanjiku", "Kofi Mensah"}) in met(record)
    assert ("Grace Wanjiku", "GHA") in visited(record)


def test_a_companion_makes_every_leg_of_a_tour(extract: Extract) -> None:
    record = extract(
        "Swedish Foreign Minister Anna Berg travelled to Chile and Peru this week. She was accompanied "
        "throughout the trip by the Special Envoy for Trade, Lars Holm.",
        DAY,
    )
    assert {("Lars Holm", "CHL"), ("Lars Holm", "PER")} <= visited(record)


def test_a_companion_said_to_go_to_one_stop_makes_only_that_one(extract: Extract) -> None:
    record = extract(
        "Spanish Foreign Minister Rosa Vidal toured Guatemala and Honduras this week. In Guatemala City "
        "she was received by President Luis Ortega, in a meeting attended by Secretary of State Elena "
        "Prieto, who travelled with the minister to Guatemala.",
        DAY,
    )
    assert ("Elena Prieto", "GTM") in visited(record)
    assert ("Elena Prieto", "HND") not in visited(record)


def test_the_high_commissioner_posted_there_made_no_trip(extract: Extract) -> None:
    record = extract(
        "ABUJA - Ghana's Vice-President Kwame Tetteh arrived in Abuja on Wednesday. He was accompanied at "
        "the meeting by Ghana's Minister for Foreign Affairs, Ms. Efua Addo, and Ghana's High "
        "Commissioner to Nigeria, Mr. Kojo Antwi.",
        DAY,
    )
    assert ("Efua Addo", "NGA") in visited(record)
    assert ("Kojo Antwi", "NGA") not in visited(record)


def test_the_high_representative_is_the_eu_official_named_before(extract: Extract) -> None:
    record = extract(
        "High Representative for Foreign Affairs and Security Policy/Vice-President of the Commission "
        "Ingrid Falk travelled to Armenia this week. In Yerevan on Wednesday, the High Representative was "
        "received by Prime Minister Aram Petrosyan.",
        DAY,
    )
    falk = next(p for p in record.persons if p.name == "Ingrid Falk")
    assert falk.title and falk.title.startswith("High Representative")
    assert frozenset({"Ingrid Falk", "Aram Petrosyan"}) in met(record)


def test_the_envoy_is_the_special_envoy_named_before(extract: Extract) -> None:
    record = extract(
        "The UN Special Envoy for Libya, Jan Korhonen, briefed the Security Council on Monday. The envoy "
        "met Tunisian Foreign Minister Sami Gharbi in Tunis last week.",
        DAY,
    )
    assert frozenset({"Jan Korhonen", "Sami Gharbi"}) in met(record)


def test_a_head_of_government_is_named_by_the_office(extract: Extract) -> None:
    record = extract(
        "RABAT - Spanish Prime Minister Pedro Alonso and Moroccan Head of Government Karim Bennani "
        "co-chaired the plenary session on Friday.",
        DAY,
    )
    assert frozenset({"Pedro Alonso", "Karim Bennani"}) in met(record)


def test_attendees_after_co_chairs_meet_the_other_side(extract: Extract) -> None:
    record = extract(
        "RABAT - The plenary session on Friday was co-chaired by Spanish Prime Minister Pedro Alonso and "
        "Moroccan Head of Government Karim Bennani, and attended by the foreign ministers of both "
        "countries, among them Morocco's Foreign Minister Youssef Tazi.",
        DAY,
    )
    assert frozenset({"Pedro Alonso", "Youssef Tazi"}) in met(record)
    assert frozenset({"Karim Bennani", "Youssef Tazi"}) not in met(record)


def test_the_head_of_a_delegation_travels_with_its_listed_members(extract: Extract) -> None:
    record = extract(
        "RABAT - Spanish Prime Minister Pedro Alonso arrived in Rabat on Thursday at the head of a "
        "delegation of ten ministers, including Foreign Minister Rosa Vidal. On Friday the delegation "
        "held talks on migration.",
        DAY,
    )
    assert {("Pedro Alonso", "MAR"), ("Rosa Vidal", "MAR")} <= visited(record)
    assert frozenset({"Pedro Alonso", "Rosa Vidal"}) not in met(record)  # one side


def names(record: ExtractionRecord) -> set[str]:
    return {p.name for p in record.persons}


def test_a_name_the_model_starts_at_the_patronymic_keeps_its_given_name(extract: Extract) -> None:
    record = extract(
        "Talks between Rahimov and his Kazakh counterpart, Rustam Sharipovich Bekov, began on Monday.",
        DAY,
    )
    assert "Rustam Sharipovich Bekov" in names(record)


def test_names_owned_by_states_are_people(extract: Extract) -> None:
    record = extract(
        "Brazil's Marina da Silva Bittencourt and Uruguay's Ricardo Olivera Pereyra arrived on Thursday "
        "morning.",
        DAY,
    )
    assert {"Marina da Silva Bittencourt", "Ricardo Olivera Pereyra"} <= names(record)


def test_a_name_after_his_excellency_is_whole(extract: Extract) -> None:
    record = extract(
        "The audience was attended by His Excellency Mahmoud Fathi Abu Zeid, Ambassador of Egypt to Oman.",
        DAY,
    )
    assert "Mahmoud Fathi Abu Zeid" in names(record)


def test_the_mediators_are_the_delegation_on_its_trip(extract: Extract) -> None:
    record = extract(
        "NIAMEY - A regional mediation delegation led by former Ghanaian president Kofi Mensah-Bonsu arrived "
        "in Niamey on Monday. The delegation included Togolese Foreign Minister Kodjo Agbeko. The "
        "mediators were received on Tuesday by the head of the transitional government, General Ali "
        "Moussa Hamani.",
        DAY,
    )
    assert frozenset({"Kodjo Agbeko", "Ali Moussa Hamani"}) in met(record)
    assert frozenset({"Kofi Mensah-Bonsu", "Ali Moussa Hamani"}) in met(record)


def test_the_two_heads_of_government_are_the_prime_ministers(extract: Extract) -> None:
    record = extract(
        "ABIDJAN - The Prime Minister of the Republic of Senegal, Mr. Ibou Diallo, paid an official visit "
        "to Côte d'Ivoire on Tuesday, where he was received by Prime Minister Yao Koffi. The visiting "
        "delegation included Foreign Minister Awa Sarr. Eleven agreements were signed by the two Heads "
        "of Government.",
        DAY,
    )
    diallo = next(p for p in record.persons if p.name == "Ibou Diallo")
    assert diallo.title == "Prime Minister"
    signed = [f for f in record.facts if f.type == "SIGNED"]
    assert signed and {"Ibou Diallo", "Yao Koffi"} <= set(signed[0].parties or [])
