"""Errors that mtqa reports to the user as one line (exit code 2), never as a traceback."""


class MtqaError(Exception):
    """Base class: the message is shown to the user as it is."""


class InputError(MtqaError):
    """A path, file or record that mtqa cannot read."""


class ConfigError(MtqaError):
    """A configuration file or flag that mtqa cannot accept."""


class LexiconError(MtqaError):
    """A lexicon or rule-data file that fails validation."""


class ResourceError(MtqaError):
    """A missing NLTK resource (`resource`: its name in mtqa.resources.RESOURCES)."""

    def __init__(self, message: str, resource: str | None = None):
        super().__init__(message)
        self.resource = resource
