"""RapidOCR with its recogniser fed in batches of text lines of about the same width.

RapidOCR pads every line to at least 320 × 48 pixels and batches six lines whatever their widths,
so a lone digit in a table cell costs as much as a line of prose and a batch is as wide as its
widest line. Here lines are sorted by width, each batch is padded to its widest line (never below
MIN_RATIO times the height) and holds at most BATCH_COLUMNS columns in all: most of the padding is
gone, and the recogniser's memory is bounded by the batch, not by the page."""

from __future__ import annotations

from typing import Any

import numpy as np
from rapidocr import RapidOCR
from rapidocr.ch_ppocr_rec import TextRecOutput

# Narrowest input, as width over height: narrower, a lone "0" or "一" is read as "O" or "1".
MIN_RATIO = 2.0
BATCH_COLUMNS = 4000  # the width of a batch (lines × padded width, at the model's 48 pixels high)


class Engine(RapidOCR):  # type: ignore[misc]
    """RapidOCR whose recognition step batches lines by width."""

    def recognize_txt(self, img: list[Any]) -> TextRecOutput:
        rec = self._load_rec_model()
        height = rec.rec_image_shape[1]
        ratios = [line.shape[1] / line.shape[0] for line in img]
        order = sorted(range(len(img)), key=ratios.__getitem__)
        found: list[tuple[str, float]] = [("", 0.0)] * len(img)
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and (end + 1 - start) * max(ratios[order[end]], MIN_RATIO) * height <= BATCH_COLUMNS:
                end += 1
            batch = order[start:end]
            widest = max(MIN_RATIO, ratios[batch[-1]])
            pixels = np.stack([rec.resize_norm_img(img[k], widest) for k in batch])
            lines, _ = rec.postprocess_op(
                rec.session(pixels), False, wh_ratio_list=[ratios[k] for k in batch], max_wh_ratio=widest
            )
            for k, line in zip(batch, lines, strict=True):
                found[k] = line
            start = end
        return TextRecOutput(img, tuple(t for t, _ in found), [s for _, s in found], tuple(None for _ in found))
