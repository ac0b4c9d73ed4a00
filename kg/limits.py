"""Run a graph command under a time limit: in a forked child that is killed when the time is up.

Neither pyoxigraph nor rdflib can be interrupted from Python while they evaluate, so the work runs in a child
process (fork: it shares what the parent already loaded) and its result comes back through a pipe.
"""
from __future__ import annotations

import multiprocessing
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TypeVar

from kg.errors import KgError, QueryTimeoutError

T = TypeVar("T")
DEFAULT_SECONDS = 30.0


def _answer(call: Callable[[], object], conn) -> None:
    """Child side: send ('ok', result), ('kg', KgError) or ('bug', traceback text)."""
    try:
        message = ("ok", call())
    except KgError as error:
        message = ("kg", error)
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it there
        message = ("bug", traceback.format_exc())
    conn.send(message)
    conn.close()


def forked(call: Callable[[], object]) -> tuple[multiprocessing.Process, Connection]:
    """call() started in a forked child (it shares what this process already loaded), and the end of the pipe
    its answer comes back on: ('ok', result), ('kg', KgError) or ('bug', traceback text)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(call, send), daemon=True)
    child.start()
    send.close()
    return child, receive


def bounded(call: Callable[[], T], *, seconds: float | None = DEFAULT_SECONDS, what: str = "the query") -> T:
    """call(), stopped with QueryTimeoutError after seconds (None or 0: no limit, run here)."""
    if not seconds:
        return call()
    child, receive = forked(call)
    try:
        if not receive.poll(seconds):
            raise QueryTimeoutError(f"{what} ran past its time limit of {seconds:g} s and was stopped "
                                    "(raise it with --timeout)")
        kind, value = receive.recv()
    except EOFError as err:
        raise KgError(f"{what} stopped without an answer (out of memory?)") from err
    finally:
        child.kill()
        child.join()
    if kind == "ok":
        return value
    if kind == "kg":
        raise value
    raise RuntimeError(f"{what} failed in its worker process:\n{value}")


class OutOfTime(BaseException):
    """Raised inside work that ran past its budget (a BaseException, so no 'except Exception' swallows it)."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise OutOfTime in the block once seconds have passed (SIGALRM: main thread, Python code only; None or
    0: no budget)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
