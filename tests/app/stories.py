"""A few news-style test articles of our own (never the dev set's text): (id, published, text)."""

STORIES = [
    ("ledger-1", "2025-03-03",
     "VIENNA, March 3 (Test Ledger) -- Austrian Foreign Minister Clara Weidinger met "
     "Portuguese Foreign Minister Tomas Ribeiro in Vienna on Monday to discuss energy links."),
    ("ledger-2", "2025-03-05",
     "LISBON, March 5 (Test Ledger) -- Tomas Ribeiro, Portugal's foreign minister, "
     "arrived in Madrid on Wednesday for a two-day visit."),
    ("ledger-3", "2025-03-06",
     "OSLO, March 6 (Test Ledger) -- Norwegian Prime Minister Henrik Solvang spoke by "
     "phone with Finnish President Aino Lehtinen on Thursday about Arctic shipping."),
    ("ledger-4", "2025-03-08",
     "HELSINKI, March 8 (Test Ledger) -- Finland and Estonia signed the Gulf Ferry "
     "Agreement in Helsinki on Saturday. Aino Lehtinen held talks with Estonian Prime Minister Kaur Tamm."),
    ("ledger-5", "2025-03-10",
     "WARSAW, March 10 (Test Ledger) -- Polish Foreign Minister Marek Zielski met "
     "Clara Weidinger in Warsaw on Monday. Markets were calm and the weather was cold."),
]  # fmt: skip
