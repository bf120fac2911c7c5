"""File backends: bytes or a path in, normalised text out (see ``load_document``)."""

from __future__ import annotations
