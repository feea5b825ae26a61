"""The README documents every rule id, template id and command — a new one without words fails here."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest
from typer.main import get_command

from zfxxgk.checks import ALL_RULES, finding
from zfxxgk.cli import app
from zfxxgk.register import KINDS, choices
from zfxxgk.templates import TEMPLATES, s3_outcomes

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_every_rule_is_documented() -> None:
    missing = [r for r in ALL_RULES if f"`{r}`" not in README]
    assert not missing


def _raised_rule_ids() -> set[str]:
    """Every rule id a finding is raised under: the literal first argument of each `finding(…)` and
    `Extraction.add(…)` call in the sources, and the rules of the templates' equations. A finding
    built any other way (a bare `Finding(…)`, a computed rule id) fails here."""
    ids = {eq.rule for t in TEMPLATES.values() for eq in t.equations}
    for path in (ROOT / "src" / "zfxxgk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            added = isinstance(node.func, ast.Attribute) and ast.unparse(node.func) == "ex.add"
            bare = name == "Finding" and path.parts[-2:] != ("checks", "__init__.py")
            assert not bare, f"{path}:{node.lineno} builds a Finding without its rule's severity"
            if name != "finding" and not added:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                ids.add(first.value)
            else:
                assert ast.unparse(first) in ("rule", "eq.rule"), f"{path}:{node.lineno}"
    return ids


def test_every_raised_rule_is_registered_and_documented() -> None:
    raised = _raised_rule_ids()
    assert {"table.missing", "identity.balance", "narrative.sum_mismatch", "check.crashed"} <= raised
    assert raised <= set(ALL_RULES)
    assert all(f"`{r}`" in README for r in raised)


def test_a_finding_takes_its_severity_from_its_rule() -> None:
    for rule in ALL_RULES.values():
        assert finding(rule.id, "…").severity is rule.severity
    with pytest.raises(KeyError, match="unregistered"):
        finding("table.mising", "…")


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


def _error_codes() -> set[str]:
    """Every code a LoadError or a failed Record is given in the source."""
    codes = set()
    for path in (ROOT / "src" / "zfxxgk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name in ("LoadError", "failed") and args:
                codes.add(args[0].value)
    return codes


def test_every_error_code_is_documented() -> None:
    bad_input = README[README.index("## Bad input") :].split("\n## ")[0]
    codes = _error_codes()
    assert {"empty", "not_a_report", "not_a_file", "internal"} <= codes
    assert [c for c in sorted(codes) if f"`{c}`" not in bad_input] == []


def test_make_test_says_why_tests_were_skipped_and_make_fuzz_runs_long() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "\t$(BIN)/pytest -rs\n" in makefile
    assert "tests/fuzz.py --cases $(FUZZ_CASES)" in makefile
    assert "make fuzz" in README


def test_the_licence_is_stated_in_the_current_form() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["license"] == "Apache-2.0"  # PEP 639: an SPDX expression, not a table
    requires = project["build-system"]["requires"]
    assert any(r.startswith("setuptools>=") and int(r.split(">=")[1]) >= 77 for r in requires)
