"""Train the importance classifier (two logistic-regression heads) and save npz.

Recipe (deterministic, fixed seed):
- Google job_skills postings, deduplicated and split BY POSTING (80/20, seed in
  importance_data.SEED). Training uses the 80% part only: Responsibilities lines are
  "not a qualification"; Minimum qualifications are required; Preferred are preferred.
- Glassdoor postings after the first 40 (the first 40 are the hand-labelled dev set
  and are never read here), weakly labelled by resumefit's own header rules: items
  under requirements / preferred headers are qualifications (importance from the
  inline cue, else the header); items under responsibilities, about, benefits, EEO
  and application headers are not. Items of untyped sections are not used.
- Features: resumefit._importance.featurize (hashed, 2**18). scikit-learn
  LogisticRegression (liblinear, L2). Weights are saved as npz (no pickle) to
  src/resumefit/data/importance_model.npz and predicted with numpy at run time.

Usage: python models/train_importance.py --corpus ../shared/corpus
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from importance_data import (  # noqa: E402
    GLASSDOOR_DEV,
    google_split,
    read_glassdoor,
    read_google,
)

from resumefit._importance import (  # noqa: E402
    N_FEATURES,
    ImportanceModel,
    detect_cue,
    featurize,
)
from resumefit._posting_structure import structure_posting  # noqa: E402

VERSION = "importance-lr-1"
OUT = HERE.parent / "src" / "resumefit" / "data" / "importance_model.npz"


def matrix(texts: list[str]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, text in enumerate(texts):
        for c, v in featurize(text).items():
            rows.append(r)
            cols.append(c)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), N_FEATURES))


def collect(corpus: Path) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Return (qualification-head samples, preferred-head samples)."""
    qual: list[tuple[str, int]] = []
    pref: list[tuple[str, int]] = []
    train, _ = google_split(read_google(corpus))
    for p in train:
        qual.extend((t, 0) for t in p.responsibilities)
        qual.extend((t, 1) for t in p.minimum + p.preferred)
        pref.extend((t, 0) for t in p.minimum)
        pref.extend((t, 1) for t in p.preferred)
    n_google = (len(qual), len(pref))
    for posting in read_glassdoor(corpus)[GLASSDOOR_DEV:]:
        structure = structure_posting(posting["description"])
        for section in structure.sections:
            for item in section.items:
                if len(item.text.split()) < 2:
                    continue
                if section.kind in ("requirements", "preferred"):
                    qual.append((item.text, 1))
                    cue = detect_cue(item.text)
                    label = cue or (
                        "preferred" if section.kind == "preferred" else "required"
                    )
                    pref.append((item.text, int(label == "preferred")))
                elif section.kind in (
                    "responsibilities",
                    "about",
                    "benefits",
                    "eeo",
                    "application",
                ):
                    qual.append((item.text, 0))
    print(
        f"samples: qualification head {len(qual)} (google {n_google[0]}), "
        f"preferred head {len(pref)} (google {n_google[1]})"
    )
    return qual, pref


def fit(samples: list[tuple[str, int]], c: float):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    x = matrix([t for t, _ in samples])
    y = [label for _, label in samples]
    model = LogisticRegression(
        C=c,
        solver="liblinear",
        max_iter=1000,
        class_weight="balanced",
        random_state=0,
    )
    model.fit(x, y)
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--c-qual", type=float, default=4.0)
    parser.add_argument("--c-pref", type=float, default=2.0)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    qual, pref = collect(args.corpus)
    model = ImportanceModel.from_estimators(
        fit(qual, args.c_qual), fit(pref, args.c_pref), version=VERSION
    )
    args.out.write_bytes(model.to_npz())
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes), version {VERSION}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
