"""The pandas side of the ledger benches (scripts/bench/ledger.js and cli.js): the same date parsing,
masks and group-bys that readLedgers does, on a ledger DataFrame read as text."""
import pandas as pd

GROUPS = [("region", "县（市）"), ("industry", "行业门类"), ("type", "事故类型"), ("level", "事故等级")]


def aggregate(df):
    """Per period ("current", "previous"): the totals and the four group-bys, as readLedgers computes them."""
    raw = df["事故发生时间"]
    # Full-width digits to ASCII, then serials and the text forms.
    text = raw.str.translate(str.maketrans("０１２３４５６７８９", "0123456789")).str.strip()
    serial = pd.to_numeric(text.where(text.str.fullmatch(r"\d{5}(\.\d+)?"), None), errors="coerce")
    dates = pd.to_datetime(serial, unit="D", origin="1899-12-30")
    parts = text.str.extract(r"^(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})")
    ymd = pd.to_datetime(pd.DataFrame({"year": pd.to_numeric(parts[0]), "month": pd.to_numeric(parts[1]), "day": pd.to_numeric(parts[2])}), errors="coerce")
    dates = dates.fillna(ymd)
    latest = dates.max()
    cur_start = pd.Timestamp(latest.year, 1, 1)
    cur_end = latest + pd.offsets.MonthEnd(0)
    prev_start = cur_start - pd.DateOffset(years=1)
    prev_end = cur_end - pd.DateOffset(years=1)
    nums = {}
    for col, name in [("死亡(人)", "deaths"), ("失踪(人)", "missing"), ("受伤(人)", "injured"), ("其中重伤(人)", "serious"), ("直接经济损失（万元）", "loss")]:
        nums[name] = pd.to_numeric(df[col], errors="coerce").fillna(0)
    frame = pd.DataFrame(nums)
    frame["accidents"] = 1
    frame["larger"] = df["事故等级"].isin(["较大事故", "重大事故", "特别重大事故"]).astype(int)
    included = df["是否纳入统计"] != "否"
    out = {}
    for period, (s, e) in {"current": (cur_start, cur_end), "previous": (prev_start, prev_end)}.items():
        mask = included & (dates >= s) & (dates <= e)
        part = frame[mask]
        out[period] = {"total": part.sum()}
        for key, col in GROUPS:
            out[period][key] = part.groupby(df.loc[mask, col]).sum()
    return out
