"""Bad input: each kind fails fast with its own LoadError code."""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from test_load_pdf import make_pdf
from zfxxgk.load import LoadError, load_bytes


def code_of(data: bytes, name: str = "") -> str:
    start = time.monotonic()
    with pytest.raises(LoadError) as err:
        load_bytes(data, name)
    assert time.monotonic() - start < 10, "a bad file must be refused quickly"
    assert err.value.message  # a plain message for people
    return err.value.code


def test_encrypted_pdf() -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf([[("text", "年度报告", 72, 72, 12)]])))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert code_of(buf.getvalue(), "r.pdf") == "encrypted"


def test_truncated_and_garbage_pdf(shared: Path) -> None:
    data = (shared / "corpus" / "r013.pdf").read_bytes()
    assert code_of(data[: len(data) // 2], "r.pdf") == "corrupt"
    assert code_of(b"%PDF-1.7\n" + b"\x00garbage" * 200, "r.pdf") == "corrupt"


def test_too_many_pages() -> None:
    assert code_of(make_pdf([[] for _ in range(500)]), "big.pdf") == "too_many_pages"


def test_zip_bomb_disguised_as_docx() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))  # 300 MB of zeros, ~300 KB packed
    assert len(buf.getvalue()) < 2 * 1024 * 1024
    assert code_of(buf.getvalue(), "report.docx") == "zip_bomb"


def test_high_ratio_member_is_a_bomb() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b" " * (20 * 1024 * 1024))
    assert code_of(buf.getvalue(), "report.xlsx") == "zip_bomb"


def test_corrupt_docx_and_foreign_zip() -> None:
    assert code_of(b"PK\x03\x04" + b"\x00" * 100, "report.docx") == "corrupt"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("photos/a.txt", "hello")
    assert code_of(buf.getvalue(), "x.zip") == "unsupported"


def png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def test_huge_image_header() -> None:
    assert code_of(png_header(100_000, 100_000) + b"\0" * 64, "scan.png") == "too_large"


def test_a_sliver_of_an_image_is_not_given_to_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from zfxxgk.load import ocr

    def no_engine() -> None:
        raise AssertionError("the detector would scale a 1-pixel side up to 736 and ask for 11 GiB")

    monkeypatch.setattr(ocr, "engine", no_engine)
    for size in ((1, 2000), (2000, 40), (30, 1500)):
        page = ocr.read_image(Image.new("L", size, 255), 1)
        assert (page.width, page.height, page.lines) == (*size, [])


def test_damaged_image() -> None:
    assert code_of(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "scan.png") == "corrupt"


def test_empty_and_unknown_ole() -> None:
    assert code_of(b"   \n", "r.txt") == "empty"
    assert code_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "r.doc") == "corrupt"
