"""Docstring examples are tests: run every module's doctests (installed package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from datetime import date

import pytest

import resumefit

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(resumefit.__path__, "resumefit.")
    if m.name != "resumefit.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, extraglobs={"date": date}, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
