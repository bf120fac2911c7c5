"""The built wheel carries everything the default pipeline needs at run time.

Builds the wheel, unpacks it into a fresh virtual environment (dependencies come
from the test environment through a .pth file) and scores a pair there, from a
directory outside the repository, so nothing can be read from the work tree.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_scores_in_clean_venv(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(dist),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("resumefit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "resumefit/py.typed" in names
    assert "resumefit/data/skills.jsonl" in names
    assert any(n.startswith("resumefit/data/importance_model") for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [
            str(python),
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    zipfile.ZipFile(wheel).extractall(site)
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    code = (
        "import resumefit, datetime; "
        f"assert resumefit.__file__.startswith({site!r}), resumefit.__file__; "
        "r = resumefit.score('SKILLS\\nPython, SQL', "
        "'Requirements\\n- Python\\n- SQL', "
        "as_of=datetime.date(2024, 1, 1)); print(r.score)"
    )
    out = subprocess.run(
        [str(python), "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    # Skills shown only in a skills list earn 0.8 credit (ScoringConfig).
    assert float(out.stdout.strip()) == 80.0
