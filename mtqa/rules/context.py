"""What rules share during one run (the rule API's own module: rules do not import the engine)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from mtqa.config import Config


@dataclass
class Context:
    """What rules share during one run: the config and data loaded once (e.g. lexicons)."""

    config: Config = field(default_factory=Config)
    cache: dict = field(default_factory=dict)

    def cached(self, key: str, build: Callable):
        """Build a shared resource once per run."""
        if key not in self.cache:
            self.cache[key] = build()
        return self.cache[key]
