"""Word-order triggers for travel and signing (read where a sentence has no parse or the
parse has no opinion), and the cues before a trigger that an event did not (yet) happen.
Meeting and call triggers are lemmas in `ingest/lexicon.py`."""

from __future__ import annotations

import re

VISIT = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|arrived|arrives|arriving|arrival|(?:left|leaves|departed)\s+(?:[\w-]+\s+){0,4}?for|"
    r"travel(?:l?ed|s|ling)?\s+(?:on\s+(?:[A-Z][a-z]+day\s+)?|onward\s+|later\s+|then\s+)?to|toured|tour\s+(?:of|in)|trip\s+to|(?:took|takes|take|taking)\s+(?:him|her|them)\s+to|returned\s+(?:home\s+)?from|flew\s+(?:in)?to|"
    r"(?:flew|flown|flies|flying)\s+in\b|jetted\s+(?:in)?to|jetted\s+in\b|stopped\s+over\s+in|made\s+a\s+(?:\w+\s+)?(?:detour|stop)\s+(?:to|in)|"
    r"head(?:ed|s)?\s+to|came\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|travel(?:l?ed)\s+here|"
    # "stepped off his plane in Kyiv", "turned up in Moscow", "continued on to Beijing"
    r"stepped\s+off\s+(?:his|her|the|their)\s+(?:plane|aircraft|flight)\s+(?:in|at)|turned\s+up\s+in|"
    r"(?:continued|went|moved|pressed)\s+on\s+to|"
    # "she spent two days in Suva", "he spent Thursday and Friday in Berlin"
    r"sp[ea]nt\s+(?:[\w-]+\s+){0,3}?(?:days?|nights?|hours?|weeks?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+in|"
    # "crossed into Bolivia", "crossed the river on Friday by ferry to Colonia"
    r"crossed\s+(?:over\s+)?into|crossed\s+the\s+(?:[\w-]+\s+)?(?:border|river|bridge|strait|lake)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:in)?to|"
    r"who\s+(?:is|was)\s+(?:currently\s+|now\s+|still\s+)?in(?=\s+(?:the\s+)?[A-Z])|"
    r"(?:is|was|are|were)\s+(?:currently\s+|now\s+|also\s+)?in(?=\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
    r"(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)|\s+(?:last|this)\s+(?:week|month)|"
    r"\s+earlier\s+this\s+(?:week|month)|\s+yesterday)?(?:\s+(?:for|to\s+attend)\s+"
    r"(?:a|an|the|talks|his|her|their)\b|,\s+where\s+(?:he|she|they)\b|\s+at\s+the\s+invitation\s+of\b))|"
    # "his stay in", "a two-day stay in", "her week-long stay in": the noun, not "stay in power".
    r"(?:(?<=his\s)|(?<=her\s)|(?<=their\s)|(?<=-day\s)|(?<=-long\s)|(?<=week\s))stay\s+in|"
    r"(?:attend(?:ed|ing|s)?|(?:took|taking|takes|take)\s+part\s+in|participat(?:ed|ing|es)\s+in|addressed)"
    r"(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?(?:summit|forum|conference|session|assembly|parliament|"
    r"ceremony|inauguration|funeral|celebrations?|parade|games|meeting)\b[^.,;:]{0,140}?\b(?:in|at)\s+[A-Z])|"
    r"(?:has|have|had)\s+been\s+in|landed\s+(?:in|at|on)|stopover\s+in|stop\s+in|headed\s+by|led\s+by|in\s+\w+\s+(?:on|for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}visit)\b",
    re.IGNORECASE,
)
# "Initialled" is not signed: it only fixes a text before signature.
# "Renewed an MoU" and "sealed a deal" put a signature on it too.
SIGN = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|inked|concluded|renew(?:ed|s|ing)?|sealed|put\s+(?:their\s+)?pen\s+to\s+paper|"
    # "A and B put their signatures on the MoU", "affixed his signature to the treaty"
    r"(?:put|putting|puts|affix(?:ed|es|ing)?|append(?:ed|s|ing)?)\s+(?:their\s+|his\s+|her\s+)?signatures?(?=\s+(?:on|to)\b))\b",
    re.IGNORECASE,
)
# "The two sides exchanged a memorandum on X": documents handed over at a ceremony were signed there;
# only with a document right after the verb ("exchanged views" is talk).
EXCHANGED_DOCUMENTS = re.compile(
    r"\bexchang(?:ed|es|ing|e\s+of)(?=\s+(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
    r"signed|new|bilateral|ratified|ratification)\s+)*"
    # "the exchange of 11 cooperation documents": a word saying what kind of document
    r"(?:(?:cooperation|trade|economic|defen[cs]e|framework|intergovernmental)\s+)?(?:agreements?|memorand|MoUs?|MOUs?|documents|"
    r"instruments|protocols?|notes\b|letters\s+of\s+intent))"
    # "The following documents were exchanged in the presence of the two leaders:"
    r"|(?<=documents\swere\s)exchanged\b|(?<=agreements\swere\s)exchanged\b|(?<=instruments\swere\s)exchanged\b",
    re.IGNORECASE,
)
AGREEMENT_HEAD = re.compile(
    r"\b(?:agreements?|treaty|treaties|memorand(?:ums|um|a)(?:\s+of\s+understanding)?|MoUs?|MOUs?|protocols?|"
    r"contracts?|accords?|pacts?|declarations?|joint\s+statements?|(?:joint\s+)?vision\s+statements?|communiqu[eé]s?|charter|conventions?|"
    r"partnership|documents?|deals?|instruments|minutes|roadmap|letters?\s+of\s+intent|arrangements?|"
    # "signed a plan of consultations", "the Cultural Exchange Programme", "an addendum to the
    # border agreement", "an exchange of notes on grant aid"
    r"plans?|programmes?|programs?|addend(?:um|a)|exchanges?\s+of\s+notes|final\s+acts?|"
    # "signed the terms of reference for cooperation on ..."
    r"terms\s+of\s+reference)\b",
    re.IGNORECASE,
)
# Words before a trigger that make the event planned, hoped for, or denied.
NOT_YET = re.compile(
    r"\b(?:will|would|shall|'ll|to\s+be|is\s+to|are\s+to|expected|expects?|plans?|planned|planning|scheduled|"
    r"set\s+to|intends?|intended|going\s+to|may|might|could|can|invit(?:ed|ation|es)|propos(?:ed|al|es)|"
    r"upcoming|hopes?|hoped|aims?|wants?|agreed\s+to|preparing|prepare|ahead\s+of|denied|deny|did\s+not|didn't|"
    r"not|never|no|if|whether|possible|possibly|potential|called\s+for|urged?|ready\s+to|willing|seeks?|"
    r"sought|offered\s+to|likely|before|due\s+to|slated|poised|to\s+travel)\b",
    re.IGNORECASE,
)


def planned_before(text: str, trigger_start: int) -> bool:
    """A future/modal/negation cue in the same clause just before the trigger."""
    clause = re.split(
        r"[,;:]|\b(?:and|but|while|after|when|as)\b", text[max(0, trigger_start - 60) : trigger_start]
    )[-1]
    return bool(NOT_YET.search(clause))
