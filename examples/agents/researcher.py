"""A researcher that falls into a paraphrased loop, and what the supervisor does about it.

It asks the model for last year's revenue, and the model keeps answering that it will look the
figure up "once more", each time in other words. No two answers are identical, so counting
repeats would not notice; the semantic loop detector compares the answers' sentence embeddings
(all-MiniLM-L6-v2) and sees that they say the same thing, and the structural ``idle_talk``
detector sees short answers reusing the same words while nothing new is said to the agent. The
policy warns on the first finding and acts on a confirmation: the governor restarts the agent
with a fresh context. The agent loops again
after each restart, so after ``max_restarts`` restarts within ``max_seconds`` its team gives
up and the failure escalates to the root of the tree: the run exits with status 4 (escalated),
while the other agents finish their work.

Offline this plays a scripted model. On a real model (which may not loop at all)::

    RESEARCHER_MODEL=openai:gpt-4o-mini OPENAI_API_KEY=... supervise run examples/agents/researcher.py
"""

from __future__ import annotations

import os

from supervisor import Agent, Team

#: The policy used when this file is run alone (`supervise run examples/agents/researcher.py`).
policy = "policy.toml"

# Paraphrases of one intention: the embedding model scores every pair of these above the
# policy's semantic threshold (0.75), which tests/e2e checks against the real model.
LOOP = [
    "Let me search for the revenue figure for 2024 again.",
    "I'll look up that 2024 revenue number once more.",
    "Let me check the 2024 revenue figure one more time.",
    "I should search for the 2024 revenue figure again.",
    "Let me look up the revenue for 2024 again to be sure.",
]


class Researcher(Agent):
    model = os.environ.get("RESEARCHER_MODEL", "scripted:researcher")
    max_tokens = 200
    system = "You are a careful financial researcher. Answer briefly."
    script = LOOP  # the scripted model cycles through these forever

    async def run(self) -> None:
        messages: list[dict[str, str]] = [
            {"role": "user", "content": "What was ACME Corp's revenue in 2024?"}
        ]
        # A real model that answers ends the loop; the scripted one never does. 100 calls
        # (~20 s scripted) outlast the embedding model's load on a busy machine, so the
        # semantic detector is ready before the agent would give up on its own.
        for _ in range(100):
            answer = await self.llm(messages)
            if answer.interrupted:  # the policy refused the call and handed a fallback
                self.report(f"stopped: {answer.text}", "warning")
                return
            if self.context.restart_count == 0 and len(messages) == 1:
                self.report(f"model said: {answer.text.strip()[:60]}")
            if "$" in answer.text or "billion" in answer.text.lower():
                return
            messages += [
                {"role": "assistant", "content": answer.text},
                {"role": "user", "content": "Please find the figure."},
            ]


def tree() -> Team:
    # Two restarts within a minute are allowed; the third failure escalates to the root.
    return Team([Researcher], max_restarts=2, max_seconds=60.0, name="research")
