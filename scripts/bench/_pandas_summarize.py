"""pandas + openpyxl doing what `bureau-stats summarize` does with an accident ledger (the peer of
scripts/bench/cli.js and scale.js): read the .xlsx, the same dates, masks and group-bys as
readLedgers (_ledger_pandas.py), and an .xlsx of the results written with openpyxl. Prints the 本期
totals as JSON so the bench can check that both sides agree.

Run: /usr/bin/python3 scripts/bench/_pandas_summarize.py ledger.xlsx out.xlsx"""
import json
import os
import sys

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ledger_pandas import GROUPS, aggregate  # noqa: E402

src, out = sys.argv[1], sys.argv[2]
df = pd.read_excel(src, sheet_name=0, dtype=str, keep_default_na=False)
out_by_period = aggregate(df)
totals = {}
with pd.ExcelWriter(out, engine="openpyxl") as writer:
    for period, name in [("current", "本期"), ("previous", "去年同期")]:
        totals[name] = out_by_period[period]["total"]
        for key, _ in GROUPS:
            out_by_period[period][key].to_excel(writer, sheet_name=f"{name}{key}")
    pd.DataFrame(totals).to_excel(writer, sheet_name="合计")
t = totals["本期"]
print(json.dumps({"accidents": int(t["accidents"]), "deaths": int(t["deaths"]), "injured": int(t["injured"])}))
