"""The README documents every rule id, template id and command — a new one without words fails here."""

from __future__ import annotations

from pathlib import Path

from typer.main import get_command

from zfxxgk.checks import ALL_RULES
from zfxxgk.cli import app
from zfxxgk.register import KINDS, choices
from zfxxgk.templates import TEMPLATES, s3_outcomes

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


def test_every_register_value_is_documented() -> None:
    """The README's register tables are the template's labels and ids, for every format with table 三."""
    for template in TEMPLATES.values():
        if not template.section_tables(3):
            continue
        for kind in KINDS:
            for values in choices(kind, template).values():
                assert all(v in README for v in values), (template.id, kind)
        s3, s4 = template.table_by_id["s3"], template.table_by_id["s4"]
        ids = [
            *(c.id for c in s3.columns[:-1]),
            *s3_outcomes(s3),
            *(r.id for r in s4.rows),
            *(c.id for c in s4.columns),
        ]
        assert all(f"`{i}`" in README for i in ids if i != "total"), template.id
