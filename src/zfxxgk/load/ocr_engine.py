"""RapidOCR with its recogniser given one text line at a time, at the line's own width.

RapidOCR pads every line to at least 320 × 48 pixels and batches six lines, each padded to the
widest of them: on a scan most boxes are table cells one to four characters wide, so most of the
recogniser's work went to padding. Here each line is recognised alone, padded only up to MIN_RATIO
times its height. On one thread that is also faster than batching lines of about the same width
(larger inputs leave the processor's caches), and the recogniser's memory is bounded by one line."""

from __future__ import annotations

from typing import Any

from rapidocr import RapidOCR
from rapidocr.ch_ppocr_rec import TextRecOutput

# Narrowest input, as width over height: narrower, a lone "0" or "一" is read as "O" or "1".
MIN_RATIO = 2.0


class Engine(RapidOCR):
    """RapidOCR whose recognition step reads each line at its own width."""

    def recognize_txt(self, img: list[Any]) -> TextRecOutput:
        rec = self._load_rec_model()
        texts: list[str] = []
        scores: list[float] = []
        for line in img:
            ratio = line.shape[1] / line.shape[0]
            padded = max(MIN_RATIO, ratio)
            pixels = rec.resize_norm_img(line, padded)[None]
            found, _ = rec.postprocess_op(rec.session(pixels), False, wh_ratio_list=[ratio], max_wh_ratio=padded)
            texts.append(found[0][0])
            scores.append(found[0][1])
        # rapidocr annotates its tuples as of one item (Tuple[str]) where it builds them of any length, as here
        return TextRecOutput(img, tuple(texts), scores, tuple(None for _ in img))  # type: ignore[arg-type]
