"""Signals during `kg build --jobs 2`: one line, previous outputs whole, and no worker outlives the build."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-c", "from kg.cli import app; app()"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Forty copies of the seeds: long enough for the workers to be busy when the signal comes."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(8):
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            (folder / f"{i}_{seed.name}").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def workers_of(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in found]


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name)
def test_a_signal_stops_the_build_and_its_workers(corpus, tmp_path, signum):
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.ttl").write_text("previous graph")
    build = subprocess.Popen(KG + ["build", str(corpus), "--out", str(out), "--jobs", "2"], cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while len(workers_of(build.pid)) < 2 and time.time() < deadline and build.poll() is None:
        time.sleep(0.2)
    workers = workers_of(build.pid)
    assert len(workers) >= 2, "the workers never started"
    build.send_signal(signum)
    _, err = build.communicate(timeout=60)
    for _ in range(50):
        if not any(running(w) for w in workers):
            break
        time.sleep(0.1)
    assert not any(running(w) for w in workers), "a worker outlived the build"
    assert (out / "kg.ttl").read_text() == "previous graph"
    if signum != signal.SIGKILL:
        lines = [line for line in err.splitlines() if line.strip() and "furniture" not in line]
        assert build.returncode == 130 and lines == [
            "error: interrupted; nothing was written, the previous outputs are as they were"], err
    assert os.path.exists(out / "kg.ttl")
