"""The README documents every rule id, template id and command — a new one without words fails here."""

from __future__ import annotations

from pathlib import Path

from typer.main import get_command

from zfxxgk.checks import ALL_RULES
from zfxxgk.cli import app
from zfxxgk.templates import TEMPLATES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_rule_is_documented() -> None:
    missing = [r for r in ALL_RULES if f"`{r}`" not in README]
    assert not missing


def test_every_template_is_documented() -> None:
    assert all(f"`{t}`" in README for t in TEMPLATES)


def test_every_command_and_option_is_documented() -> None:
    group = get_command(app)
    for name, cmd in group.commands.items():
        assert f"zfxxgk {name}" in README, name
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert opt in README, (name, opt)


def test_quickstart_names_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README
