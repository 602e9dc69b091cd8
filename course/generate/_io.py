"""Deterministic writing of the committed data files (same bytes on every run)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pandas as pd

DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def write_table(df: pd.DataFrame, path: Path) -> Path:
    """Write ``df`` as CSV (gzipped when ``path`` ends in .gz) with fixed formatting.

    Datetimes are written as ``YYYY-MM-DD HH:MM:SS``, floats with 6 significant decimals,
    line endings are ``\\n`` and the gzip header carries no timestamp or file name, so the
    bytes depend only on the data.
    """
    buf = io.StringIO()
    df.to_csv(
        buf, index=False, date_format=DATETIME_FORMAT, float_format="%.6g", lineterminator="\n"
    )
    raw = buf.getvalue().encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        out = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
            gz.write(raw)
        path.write_bytes(out.getvalue())
    else:
        path.write_bytes(raw)
    return path
