"""Static files by content: versions hashed once at start-up, and the import map of JS modules."""

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

STATIC_URL = "/static"


@dataclass(frozen=True)
class Assets:
    """The files under a static folder, each with a short hash of its content."""

    directory: Path
    versions: dict[str, str]
    import_map: Markup
    import_map_hash: str  # the CSP source that allows the inline import map

    @classmethod
    def scan(cls, directory: Path) -> "Assets":
        """Hash every file; map each JS module's plain URL to its versioned one."""
        versions = {
            path.relative_to(directory).as_posix(): _content_hash(path)
            for path in sorted(directory.rglob("*"))
            if path.is_file()
        }
        modules = {
            f"{STATIC_URL}/{name}": f"{STATIC_URL}/{name}?v={version}"
            for name, version in versions.items()
            if name.endswith(".js")
        }
        import_map = htmlsafe_json_dumps({"imports": modules}, sort_keys=True)
        digest = hashlib.sha256(str(import_map).encode()).digest()
        source = f"'sha256-{base64.b64encode(digest).decode()}'"
        return cls(directory, versions, import_map, source)

    def url(self, name: str) -> str:
        """The URL of a static file with its content version (a KeyError for a missing file)."""
        return f"{STATIC_URL}/{name}?v={self.versions[name]}"

    def is_current(self, name: str, version: str | None) -> bool:
        """Whether a requested version is the one of the file being served."""
        return version is not None and self.versions.get(name) == version


def _content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
