"""The output folder as one set (kg.outputs): a build is swapped in whole or not at all, the old set kept."""
from __future__ import annotations

import os

import pytest

from kg import outputs, pipeline
from kg.errors import InputError, OutputError


def write_set(folder, tag: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in outputs.OUTPUTS:
        (folder / name).write_text(f"{tag} {name}")


def set_of(folder) -> set[str]:
    """The tags of the output files in folder ({'old'}, {'new'}, or a mix when inconsistent)."""
    return {(folder / name).read_text().split()[0] for name in outputs.OUTPUTS if (folder / name).exists()}


def complete(folder, tag: str) -> bool:
    return all((folder / n).exists() for n in outputs.OUTPUTS) and set_of(folder) == {tag}


def build_into(out, tag="new") -> None:
    with outputs.staged(out) as stage:
        write_set(stage, tag)


def test_a_build_replaces_the_set_and_keeps_the_old_one_in_previous(tmp_path):
    out = tmp_path / "out"
    build_into(out, "old")
    (out / "notes.txt").write_text("mine")
    build_into(out, "new")
    assert complete(out, "new") and complete(out / "previous", "old")
    assert (out / "notes.txt").read_text() == "mine"  # what is not an output is left alone
    assert not list(out.glob(".kg-*/")) and not (out / outputs.READY).exists()


def test_the_first_build_makes_no_previous(tmp_path):
    build_into(tmp_path / "out")
    assert complete(tmp_path / "out", "new") and not (tmp_path / "out" / "previous").exists()


def test_a_failed_build_leaves_the_set_and_no_staging(tmp_path):
    out = tmp_path / "out"
    build_into(out, "old")
    with pytest.raises(RuntimeError):
        with outputs.staged(out) as stage:
            write_set(stage, "new")
            raise RuntimeError("killed while writing")
    assert complete(out, "old")
    assert not list(out.glob(".kg-staging-*"))


class Killed(BaseException):
    """Stands for the process dying at one rename."""


def renames_in_a_swap(tmp_path) -> int:
    out = tmp_path / "count"
    build_into(out, "old")
    calls = []
    real = os.replace
    os.replace = lambda a, b: (calls.append(a), real(a, b))[1]
    try:
        build_into(out, "new")
    finally:
        os.replace = real
    return len(calls)


def test_a_build_killed_at_any_rename_leaves_one_whole_set(tmp_path, monkeypatch):
    steps = renames_in_a_swap(tmp_path)
    assert steps >= len(outputs.OUTPUTS) * 2
    real = os.replace
    for k in range(steps):
        out = tmp_path / f"out{k}"
        build_into(out, "old")
        calls = iter(range(steps))

        def dying(a, b, k=k, calls=calls):
            if next(calls) == k:
                raise Killed
            return real(a, b)

        monkeypatch.setattr(os, "replace", dying)
        with pytest.raises(Killed):
            build_into(out, "new")
        monkeypatch.setattr(os, "replace", real)
        outputs.settle(out)  # what the next command that opens the folder does
        outputs.finish(out)
        assert complete(out, "new") or complete(out, "old"), (k, sorted(p.name for p in out.iterdir()))
        if complete(out, "new"):
            assert complete(out / "previous", "old"), k


def test_a_build_that_reads_nothing_raises_before_writing(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n")
    for paths in ([tmp_path / "typo"], [empty]):
        with pytest.raises(InputError) as caught:
            pipeline.build(paths)
        assert caught.value.exit_code == 2
        assert "no article was read" in str(caught.value)
        assert caught.value.details and all(line.startswith("skipped: ") for line in caught.value.details)


def test_a_write_that_fails_is_an_output_error_and_changes_nothing(tmp_path):
    out = tmp_path / "out"
    build_into(out, "old")
    with pytest.raises(OutputError) as caught:
        with outputs.staged(out) as stage:
            write_set(stage, "new")
            raise OSError(28, "No space left on device", str(stage / "kg.ttl"))
    assert caught.value.exit_code == 7 and "No space left on device" in str(caught.value)
    assert complete(out, "old") and not list(out.glob(".kg-staging-*"))
    in_the_way = tmp_path / "a_file"
    in_the_way.write_text("x")
    with pytest.raises(OutputError, match="a_file"):
        build_into(in_the_way)
    assert in_the_way.read_text() == "x"


def test_work_alongside_writes_its_files_while_the_block_writes_its_own(tmp_path):
    def network() -> None:
        (tmp_path / "kg.graphml").write_text("net")
    with outputs.alongside(network):
        (tmp_path / "kg.ttl").write_text("graph")
    assert (tmp_path / "kg.graphml").read_text() == "net" and (tmp_path / "kg.ttl").read_text() == "graph"


def test_work_alongside_that_fails_fails_the_write_after_the_block(tmp_path):
    def network() -> None:
        raise ValueError("no network today")
    with pytest.raises(OutputError, match="no network today"):
        with outputs.alongside(network):
            (tmp_path / "kg.ttl").write_text("graph")
    assert (tmp_path / "kg.ttl").exists()


def test_a_block_that_fails_stops_the_work_alongside(tmp_path):
    def forever() -> None:
        while True:
            pass
    with pytest.raises(OSError, match="disk full"):
        with outputs.alongside(forever):
            raise OSError("disk full")


def test_work_alongside_that_dies_fails_the_write(tmp_path):
    with pytest.raises(OutputError, match="without an answer"):
        with outputs.alongside(lambda: os._exit(3)):
            pass


def test_giving_memory_back_is_harmless_without_glibc(monkeypatch):
    import ctypes

    def no_libc(name):
        raise OSError(f"{name}: cannot open shared object file")
    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    pipeline.give_back_memory()
