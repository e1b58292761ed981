"""A writer streaming a long answer on an expensive model, cut at its budget mid-stream.

The writer asks for a long report (``max_tokens=4000``) on an expensive model. Its worst case
does not fit the per-call budget, so the governor lowers ``max_tokens`` to what fits
(``on_shortfall``); the stream's live cost then reaches what was reserved and the governor cuts
it mid-answer. The writer keeps the partial text and asks to continue: now the agent's budget has
too little left for the expensive model, so the governor reroutes the call to the cheaper model
(a ``[[reroute]]`` rule), which finishes the report. Both calls are settled in the ledger.

Offline both models are scripted, priced like gpt-4o and gpt-4o-mini by the policy. On real
models (the policy has the matching ``[[reroute]]`` rule)::

    WRITER_MODEL=openai:gpt-4o OPENAI_API_KEY=... supervise run examples/agents/writer.py
"""

from __future__ import annotations

import os

from supervisor import Agent, BudgetExceeded, Turn

#: The policy used when this file is run alone (`supervise run examples/agents/writer.py`).
policy = "policy.toml"

SECTIONS = [
    "Solar power is now the cheapest source of new electricity in most of the world. ",
    "Module prices fell by roughly ninety percent over the last decade, driven by scale "
    "manufacturing, thinner wafers and better cell designs such as PERC and TOPCon. ",
    "Grid operators have learned to handle the midday peak with batteries, flexible demand and "
    "wider interconnection, though curtailment still rises in sunny regions each spring. ",
    "Wind complements solar across the seasons: winter evenings are windy when panels are idle. ",
    "Permitting and grid connection queues, not technology, are the main brake on deployment. ",
]
LONG_REPORT = "".join(SECTIONS) * 6  # far longer than the budget allows

FINISH = (
    "To conclude: renewables are now limited less by cost than by grids, permits and storage. "
    "The next decade's work is wiring, not panels: transmission lines, interconnectors and "
    "batteries, planned together so that cheap clean power reaches the people who need it."
)


class Writer(Agent):
    model = os.environ.get("WRITER_MODEL", "scripted:writer")
    system = "You are a technical writer. Write thorough, well-structured reports."
    # Scripted turns per model: the expensive model and the cheap one it is rerouted to.
    script = {
        "writer": [Turn(LONG_REPORT, tokens_per_second=80.0)],
        "writer-mini": [Turn(FINISH, tokens_per_second=80.0)],
    }

    async def run(self) -> None:
        prompt = "Write a long report on the state of renewable energy."
        try:
            answer = await self.llm(prompt, max_tokens=4000)
        except BudgetExceeded as cut:  # the governor cut the stream at the budget
            partial = cut.partial.text if cut.partial is not None else ""
        else:
            if answer.finish_reason != "length":
                self.report(f"finished in one call: {len(answer.text)} characters")
                return
            partial = answer.text  # stopped at the max_tokens the budget allowed
        self.report(f"cut at its budget after {len(partial)} characters; asking to finish")
        follow_up = await self.llm(
            [
                {"role": "user", "content": prompt},
                {"role": "assistant", "content": partial},
                {"role": "user", "content": "Continue, and finish the report briefly."},
            ],
            max_tokens=600,
        )
        self.report(
            f"finished on {follow_up.model}: {len(partial) + len(follow_up.text)} characters in all"
        )
