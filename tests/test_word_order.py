"""The generated verb lexicon and nationality adjectives behind the word-order rules."""

from mtqa import verbs, word_order


def test_verb_forms_are_generated_by_spelling_rules():
    assert verbs.past("try") == "tried" and verbs.third_person("try") == "tries"
    assert verbs.past("ban") == "banned" and verbs.past("admit") == "admitted"
    assert verbs.past("visit") == "visited" and verbs.past("storm") == "stormed"
    assert verbs.third_person("push") == "pushes" and verbs.third_person("approve") == "approves"
    assert verbs.past("flee") == "fled" and verbs.past("seek") == "sought"


def test_lexicon_maps_forms_to_bases():
    assert verbs.past_base("Inaugurated") == "inaugurate"
    assert verbs.present_base("chairs") == "chair"
    assert verbs.past_base("is") is None and verbs.present_base("has") is None
    assert verbs.past_base("ministry") is None


def test_nationalities_come_from_country_names():
    names = word_order.nationalities()
    for adjective in ("Syrian", "Libyan", "Somali", "Iraqi", "Bangladeshi", "Moroccan", "Italian", "Sudanese"):
        assert adjective in names
    assert word_order.nationality_of("Eritrea") == "Eritrean"
    assert word_order.nationality_of("Mexico") == "Mexican"


def test_verb_first_needs_a_subject_and_an_object():
    words = word_order.words_of("The talks ended, and stressed the minister the importance of calm.")
    at = next(i for i, w in enumerate(words) if w[2] == "stressed")
    assert word_order.verb_first(words, at, "", lower_case=True) is not None
    words = word_order.words_of("The delegation arrived, and met the minister the next day.")
    at = next(i for i, w in enumerate(words) if w[2] == "met")
    assert word_order.verb_first(words, at, "", lower_case=True) is None


def test_a_dynasty_adjective_after_its_noun_is_arabic_order():
    """"Hashemite" (a people's adjective of no country's name) after the noun it describes is the
    Arabic order; before it, or as a noun, it is English."""
    from mtqa.document import Document
    from mtqa.engine import Context
    from mtqa.rules import check_one, get

    rule = get("SYN003")
    found = check_one(rule, Document("The Royal Court Hashemite said the king would travel abroad."), Context())
    assert [f.text for f in found] == ["The Royal Court Hashemite"]
    for english in ("The Hashemite Kingdom of Jordan signed the deal.", "He is a Hashemite by descent, the family said.",
                    "The Royal Court said the Hashemite custodianship of the holy sites would continue."):
        assert check_one(rule, Document(english), Context()) == []
