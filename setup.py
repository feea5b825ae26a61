"""Build hook: with ZFXXGK_COMPILE=1, the modules a text's parse runs through (the table readers, the checks,
normalising, headings, metadata, and the pipeline running them) are compiled to C extensions by mypyc; without
it, or for an editable install, zfxxgk is pure Python. Everything else about the package is in pyproject.toml."""

import os
from pathlib import Path

from setuptools import setup

SRC = Path("src/zfxxgk")
COMPILED = [
    *SRC.glob("extract/*.py"),
    *SRC.glob("checks/*.py"),
    *(
        SRC / f"{name}.py"
        for name in ("normalize", "segment", "meta", "detect", "dates", "numbering", "patterns", "pipeline")
    ),
    SRC / "document.py",
]

if os.environ.get("ZFXXGK_COMPILE") == "1":
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(["--config-file", "pyproject.toml", *map(str, sorted(COMPILED))], group_name="zfxxgk"))
else:
    setup()
