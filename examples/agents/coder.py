"""A coder with tools, one of which needs a person's approval.

The model lists the workspace, runs the tests, and then wants to delete the build folder. The
policy marks ``delete_*`` tools as needing approval, so that call is held and the person at the
terminal is asked: approve (a), deny (d) or stop the agent (s). Other agents keep running
meanwhile. Unattended (``--headless`` or no terminal) the policy's default answer applies after
its timeout. The answer reaches the agent (a denied call raises ``EscalationDenied``), and the
audit log records it.

The tools work on an in-memory workspace, so the demo deletes nothing real. On a real model::

    CODER_MODEL=openai:gpt-4o-mini OPENAI_API_KEY=... supervise run examples/agents/coder.py
"""

from __future__ import annotations

import os
from typing import Any

from supervisor import Agent, EscalationDenied, ScriptedToolCall, Turn, tool

#: The policy used when this file is run alone (`supervise run examples/agents/coder.py`).
policy = "policy.toml"


class Coder(Agent):
    model = os.environ.get("CODER_MODEL", "scripted:coder")
    max_tokens = 300
    system = "You are a coding agent. Use the tools to clean up the workspace."
    script = [
        Turn(
            "Let me look at the workspace first.",
            tool_calls=[ScriptedToolCall("list_files", {"path": "."})],
        ),
        Turn("Now the tests.", tool_calls=[ScriptedToolCall("run_tests", {"path": "tests"})]),
        Turn(
            "Tests pass. The build folder is stale; I will remove it.",
            tool_calls=[ScriptedToolCall("delete_files", {"path": "build"})],
        ),
        Turn("Done: the workspace is tidy and the tests pass."),
    ]

    def __init__(self) -> None:
        super().__init__()
        # A make-believe workspace: the demo never touches real files.
        self.files = {"src/app.py", "tests/test_app.py", "build/app.bin", "build/app.o"}

    @tool
    async def list_files(self, path: str) -> list[str]:
        """List the files under a folder."""
        prefix = "" if path in (".", "") else path.rstrip("/") + "/"
        return sorted(f for f in self.files if f.startswith(prefix))

    @tool
    async def run_tests(self, path: str) -> str:
        """Run the test suite under a folder."""
        return f"2 passed in {path}"

    @tool
    async def delete_files(self, path: str) -> str:
        """Delete a folder and everything in it (needs approval)."""
        gone = {f for f in self.files if f.startswith(path.rstrip("/") + "/")}
        self.files -= gone
        return f"deleted {len(gone)} files under {path}"

    async def run(self) -> None:
        messages: list[dict[str, Any]] = [
            {"role": "user", "content": "Tidy up this repository: remove build output."}
        ]
        for _ in range(8):
            # The definitions come from the @tool methods' signatures and docstrings.
            answer = await self.llm(messages, tools=self.tool_definitions())
            if not answer.tool_calls:
                self.report(f"done: {answer.text.strip()}")
                return
            messages.append(answer.as_message())  # its text and tool calls, as the next turn
            for call in answer.tool_calls:
                try:
                    result = await self.tool(call.name, call.arguments)
                    observation = str(result.value)
                    self.report(f"{call.name}({call.arguments['path']!r}) -> {observation}")
                except EscalationDenied as denied:
                    observation = f"Not allowed: {denied.reason}"
                    self.report(f"{call.name} was denied; build/ is kept")
                messages.append({"role": "tool", "tool_call_id": call.id, "content": observation})
