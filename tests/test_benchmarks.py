"""The benchmark scripts still run against the current code (their figures are not checked here:
speed targets are measured by the benchmarks, never by timed tests)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_extraction_benchmark_prints_its_targets_and_a_profile_of_every_stage():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "build_bench.py"), "--only", "extraction",
                             "--articles", "24"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    targets = re.findall(r"^  (?:MET    |NOT MET) (.+?):", result.stdout, re.MULTILINE)
    assert targets[:3] == ["extraction >= 1,000 articles/s per core", "extraction within 10x the scan floor",
                           "--jobs 2 >= 1.8x one job"]
    shares = [float(share) for share in re.findall(r"^ +(-?[\d.]+)%  ", result.stdout, re.MULTILINE)]
    assert len(shares) == 10 and abs(sum(shares) - 100) < 0.5
    assert all(share > 0 for share in shares)  # every stage named is one `extract` still calls
