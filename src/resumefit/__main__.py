"""``python -m resumefit`` runs the command line."""

from __future__ import annotations

import sys

from resumefit.cli import main

sys.exit(main())
