#!/usr/bin/env python3
"""Prints sacreBLEU's chrF and BLEU for the quality fixture pair, to paste into QualityScoresTest.

Reads the files as the `sacrebleu` command does (lines end at \\n, trailing whitespace removed) and
scores with sacreBLEU's defaults. Run: ~/venv-marian/bin/python score_sacrebleu.py
"""
from pathlib import Path

import sacrebleu

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "resources" / "dev" / "hanbridge" / "translate" / "quality"


def lines(path):
    with open(path, encoding="utf-8", newline="\n") as f:
        return [line.rstrip() for line in f]


hypotheses = lines(FIXTURES / "hypothesis.en")
references = lines(FIXTURES / "reference.en")
chrf = sacrebleu.metrics.CHRF().corpus_score(hypotheses, [references])
bleu = sacrebleu.metrics.BLEU().corpus_score(hypotheses, [references])
print(f"sacrebleu {sacrebleu.__version__}")
print(f"chrF2 {chrf.score!r}")
print(f"BLEU {bleu.score!r} precisions {bleu.precisions!r} bp {bleu.bp!r} sys_len {bleu.sys_len} ref_len {bleu.ref_len}")
print(bleu)
