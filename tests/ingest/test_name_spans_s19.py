"""Person names the small model cuts or pads (session 19): a given name "Amir" after an office, a
rank before a name, a body's or an area's name run into a person's, a capitalised preposition, an
office read as a person.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 3, 10)


def names(record: ExtractionRecord) -> set[str]:
    return {p.name for p in record.persons}


def test_amir_after_an_office_and_a_comma_is_a_given_name(extract: Extract) -> None:
    text = (
        "KABUL -- Pakistani Foreign Minister Tariq Mehmood Rana met the acting foreign minister, "
        "Amir Hamza Wardak, in Kabul on Sunday."
    )
    assert "Amir Hamza Wardak" in names(extract(text, DAY))


def test_amir_after_a_state_is_the_rulers_style(extract: Extract) -> None:
    text = "DOHA -- Qatar's Amir Sheikh Fahad bin Nasser Al Thani received the Omani envoy on Sunday."
    assert "Amir Sheikh Fahad bin Nasser Al Thani" not in names(extract(text, DAY))


def test_a_clerical_style_is_not_part_of_the_name(extract: Extract) -> None:
    text = "KABUL -- The Uzbek minister met Mawlawi Abdul Rahim Sadiqi in Kabul on Sunday."
    assert "Abdul Rahim Sadiqi" in names(extract(text, DAY))


def test_a_rank_without_its_dot_opens_the_whole_name(extract: Extract) -> None:
    text = (
        "RAWALPINDI -- The Turkish minister Selim Aksoy called on Chief of Army Staff Gen Tahir "
        "Anwar Malik at the General Headquarters in Rawalpindi on Sunday."
    )
    found = names(extract(text, DAY))
    assert "Tahir Anwar Malik" in found
    assert not any("Staff" in n or "Headquarters" in n for n in found)


def test_a_body_after_the_and_a_demonym_is_not_part_of_the_name(extract: Extract) -> None:
    text = (
        "PARIS -- Officials met in Paris on Sunday with Director of the Egyptian Mukhabarat Samir "
        "Fouad Helmy and Director of the Jordanian Intelligence Hani Saleh Odeh."
    )
    found = names(extract(text, DAY))
    assert "Samir Fouad Helmy" in found
    assert not any(n.startswith("Mukhabarat") for n in found)


def test_the_area_an_envoy_covers_is_not_part_of_the_name(extract: Extract) -> None:
    text = (
        "He arrived on Wednesday. He was received at the airport by Deputy Prime Minister and "
        "Presidential Envoy to the North Caucasian Federal District Yury Petrenko."
    )
    found = names(extract(text, DAY))
    assert not any(n.startswith("District") for n in found)


def test_a_capitalised_preposition_opens_no_name(extract: Extract) -> None:
    text = (
        "The President met the Prime Minister of Japan, Haruto Mizuno, who arrived in Lima on "
        "Thursday. With Mizuno, the Head of State discussed cooperation in mining."
    )
    assert "With Mizuno" not in names(extract(text, DAY))


def test_an_office_of_title_words_is_no_person(extract: Extract) -> None:
    text = (
        "MANAMA -- Prince Faisal bin Rashid Al Khalifa, the Crown Prince, Deputy Supreme Commander "
        "and First Deputy Prime Minister, received Saudi Minister of State Adel bin Omar Al Qahtani "
        "in Manama on Saturday."
    )
    assert "Supreme Commander" not in names(extract(text, DAY))


def test_a_vietnamese_family_name_to_stays(extract: Extract) -> None:
    text = (
        "HANOI -- Algerian ambassador Karim Hadj met To Van Minh, the Vice Foreign Minister, in "
        "Hanoi on Monday."
    )
    assert "To Van Minh" in names(extract(text, DAY))


def test_md_opens_a_bangladeshi_name_and_the_office_before_the_comma_stays(extract: Extract) -> None:
    text = (
        "COLOMBO -- The State Minister of Foreign Affairs of Bangladesh, Md. Anwar Hossain Mollah, "
        "arrived in Colombo on Sunday. Secretary to the President Md. Shafiqul Islam Bhuiyan was "
        "present on the occasion."
    )
    record = extract(text, DAY)
    people = {p.name: p for p in record.persons}
    assert people["Md. Anwar Hossain Mollah"].title == "State Minister of Foreign Affairs"
    assert "Md. Shafiqul Islam Bhuiyan" in people


def test_a_portuguese_particle_joins_the_two_halves_of_a_name(extract: Extract) -> None:
    text = (
        "ULAANBAATAR -- Presenting their credentials were the Ambassador of the Federative Republic "
        "of Brazil Marcos Vinícius dos Santos Bezerra, who is resident in Beijing, and others."
    )
    assert "Marcos Vinícius dos Santos Bezerra" in names(extract(text, DAY))


def test_ould_links_a_mauritanian_name_the_model_starts_late(extract: Extract) -> None:
    text = (
        "JEDDAH -- The Crown Prince received in Jeddah today President of the Islamic Republic of "
        "Mauritania Mohamed Ould Cheikh Sidi Mohamed, who arrived earlier today."
    )
    assert "Mohamed Ould Cheikh Sidi Mohamed" in names(extract(text, DAY))


def test_after_an_office_the_model_read_into_the_span_the_name_runs_on(extract: Extract) -> None:
    text = "Somali President Hassan Abdi Warsame met AU Commission Chairperson Amina Diallo Kaboré on Sunday."
    assert "Amina Diallo Kaboré" in names(extract(text, DAY))


def test_undersecretary_is_an_office(extract: Extract) -> None:
    text = (
        "MANILA -- Palace Press Officer Undersecretary Maria Teresa Dizon-Reyes said the President "
        "spoke by phone on Monday."
    )
    assert "Maria Teresa Dizon-Reyes" in names(extract(text, DAY))


def test_honble_is_a_style_before_a_name_the_model_does_not_tag(extract: Extract) -> None:
    text = (
        "The Prime Minister of Bhutan, Rt. Hon'ble Tashi Norbu Wangdi, is on an Official Visit to "
        "India from 03-06 June 2025 at the invitation of Prime Minister Shri Arvind Kumar Saxena."
    )
    people = {p.name: p for p in extract(text, date(2025, 6, 4)).persons}
    assert people["Tashi Norbu Wangdi"].title == "Prime Minister"


def test_a_name_found_by_its_apposition_keeps_its_iberian_family_name(extract: Extract) -> None:
    text = (
        "On Tuesday, Brandão addressed a session of the National Assembly, where he was received by "
        "its president, Luísa Fernanda Moreira do Carmo, and on Wednesday he travelled to Benguela."
    )
    assert "Luísa Fernanda Moreira do Carmo" in names(extract(text, date(2026, 2, 20)))
