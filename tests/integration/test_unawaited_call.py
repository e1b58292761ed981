"""A governed call made without ``await`` is said in the run's log pane, with what to do.

Found following the README: ``self.tool("search", query=...)`` written without ``await`` made
no call at all, and the run still exited 0. All that said so was Python's own RuntimeWarning on
stderr ("coroutine 'Agent.tool' was never awaited", then "Enable tracemalloc to get the object
allocation traceback"), which does not say the call was never made, and which under the live
display lands on the screen the display owns. Now a warning Notice (and the log) names the
call, the file and line, and the fix; a warning about a coroutine of the user's own is left to
Python as before.
"""

from __future__ import annotations

import gc
import warnings
from typing import TYPE_CHECKING, Any

from supervisor import Agent, ExitCode, Notice, tool

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run


async def _own_work() -> None:
    return None


async def forgets_await(agent: Agent, seen: dict[str, Any]) -> None:
    agent.tool("search", query="ACME revenue")  # type: ignore[unused-coroutine]
    agent.llm("Summarise ACME's revenue.")  # type: ignore[unused-coroutine]
    _own_work()  # type: ignore[unused-coroutine]
    gc.collect()  # (refcounting has closed them already; a cycle would wait for this)
    seen["done"] = True


async def test_a_call_made_without_await_is_named_with_its_line_and_the_fix(
    run_agents: Any, sse_server: SSEServer
) -> None:
    cls = agent_class(forgets_await, search=tool(_search))
    shown: list[str] = []
    previous = warnings.showwarning

    def keep(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
        shown.append(str(message))

    warnings.showwarning = keep
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = keep
            run: Run = await run_agents(make_policy(sse_server), cls)
            after = warnings.showwarning
    finally:
        warnings.showwarning = previous
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    assert run.seen["done"]
    notices = [n for n in run.events(Notice) if "without await" in n.message]
    assert [n.level for n in notices] == ["warning", "warning"]
    line = forgets_await.__code__.co_firstlineno
    assert notices[0].message == (
        f"self.tool(...) at {__file__}, line {line + 1} was called without await, so the "
        "call was never made: write `await self.tool(...)`."
    )
    assert notices[1].message.startswith(f"self.llm(...) at {__file__}, line {line + 2} ")
    assert run.settled == []  # neither call was made
    # The user's own coroutine is Python's business, as before; the run's hook is gone after.
    assert shown == ["coroutine '_own_work' was never awaited"]
    assert after is keep


async def _search(self: Agent, query: str) -> str:
    return f"results for {query!r}"
