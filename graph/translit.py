"""Romanisations of one Russian or Ukrainian name: a small table of given names and the endings rule.

General knowledge only.  One Cyrillic name reaches English-language news in several Latin
spellings, because agencies follow different systems (BGN/PCGN, the passport system, the
Library of Congress, French or German habits) and Ukrainian names also appear in their
Russian form:

- the letter й after a vowel is written i, y or j, so "Андрей" is Andrei, Andrey or Andrej;
- the ending -ий / -ый is written -y, -iy, -yy, -ii or -i ("Зеленський": Zelensky,
  Zelenskyy, Zelenskiy; "Юрий": Yuri, Yury, Yuriy, Yurii);
- е at the start of a word or after a vowel, and ё, are written e or ye, so the ending -ьев /
  -иев / -ев after a vowel is -ev, -yev or -iev ("Токаев": Tokayev, Tokaev; "Дмитриев":
  Dmitriev, Dmitriyev; "Алиев": Aliev, Aliyev);
- кс is written ks or x (Aleksei, Alexei);
- a Ukrainian given name is often printed in its Russian form (Volodymyr / Vladimir,
  Oleksandr / Alexander, Mykola / Nikolai, Serhiy / Sergei).

A variant never joins two people on its own: resolution takes a spelling variant for the
same person only when the two names' states do not differ (graph/resolve.py), and different
given names (Sergei / Andrei), middle initials or patronymics keep people apart.
"""

from __future__ import annotations

import re

# Groups of spellings of one given name; every spelling maps to the group's first.
# Russian transliterations first, then the Ukrainian form of the same name.
CYRILLIC_GIVEN_NAMES: tuple[tuple[str, ...], ...] = (
    ("alexander", "aleksandr", "alexandr", "aleksander", "oleksandr", "olexandr"),
    ("alexei", "aleksei", "alexey", "aleksey", "alexej", "oleksiy", "oleksii", "olexiy"),
    ("andrei", "andrey", "andrej", "andriy", "andrii"),
    ("sergei", "sergey", "sergej", "serhiy", "serhii", "sergiy", "sergii"),
    ("dmitri", "dmitry", "dmitrij", "dmitriy", "dmytro"),
    ("yuri", "yury", "yuriy", "iouri", "yurii"),
    ("nikolai", "nikolay", "nikolaj", "mykola"),
    ("mikhail", "michail", "mykhailo", "mykhaylo"),
    ("maxim", "maksim", "maksym"),
    ("vasili", "vasily", "vasiliy", "vasyl"),
    ("anatoli", "anatoly", "anatoliy", "anatolii"),
    ("gennadi", "gennady", "gennadiy", "hennadiy", "hennadii"),
    ("georgi", "georgy", "georgiy", "heorhiy", "heorhii"),
    ("grigori", "grigory", "grigoriy", "hryhoriy", "hryhorii"),
    ("yevgeny", "evgeny", "yevgeni", "evgeni", "evgenii", "yevgeniy", "evgeniy", "yevhen", "yevheniy"),
    ("vladimir", "volodymyr", "wladimir"),
    ("pyotr", "petr", "petro"),
    ("fyodor", "fedor"),
    ("matvei", "matvey"),
    ("igor", "ihor"),
    ("oleg", "oleh"),
    ("denis", "denys"),
    ("pavel", "pavlo"),
    ("konstantin", "kostiantyn", "kostyantyn"),
    ("vitali", "vitaly", "vitaliy", "vitalii"),
    ("valeri", "valery", "valeriy", "valerii"),
    ("arseni", "arseny", "arseniy", "arsenii"),
    ("ilya", "ilia", "illia"),
    ("artyom", "artem"),
    ("semyon", "semen"),
    ("valentina", "valentyna"),
    ("tatiana", "tatyana", "tetiana", "tetyana"),
    ("natalia", "natalya", "nataliya"),
    ("yulia", "julia", "yuliya"),
    ("maria", "mariya"),
    ("yekaterina", "ekaterina", "kateryna"),
    ("yelena", "elena", "olena"),
    ("olga", "olha"),
    ("irina", "iryna"),
)

# Endings, applied in order to a token of five letters or more, each to one written form:
_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # -ий / -ый / -й: Zelensky = Zelenskyy = Zelenskiy, Andrei = Andrey = Andrej.
    (re.compile(r"(?:iy|yy|ii|yi|ij|y|i|j)$"), "y"),
    # -ьев / -иев after a consonant: Dmitriev = Dmitriyev = Dmitrijev, Lavrentyev = Lavrentiev.
    (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])(?:iy|ij|i|y|j)ev$"), "iev"),
    # -ев after a vowel: Tokayev = Tokaev, Aliyev (ali + yev) = Aliev.
    (re.compile(r"(?<=[aeiouy])[yj]ev$"), "ev"),
    # кс: Aleksei = Alexei.
    (re.compile(r"ks"), "x"),
)


def cyrillic_variant(token: str) -> str:
    """One spelling for the usual romanisations of a Russian or Ukrainian name token (folded)."""
    if len(token) >= 5 and token.isalpha():
        for pattern, repl in _ENDINGS:
            token = pattern.sub(repl, token)
    return token
