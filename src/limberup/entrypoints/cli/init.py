"""``limberup init``: the runner's profile (their week, minutes, kit, pool days, age, units).

Every question shows its default (the stored profile's value, or LimberUp's starting one);
Enter takes it; a bad answer is refused with the reason and asked again. The profile is shown
back before it is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from limberup.adapters.jsonfile import read_json
from limberup.domain.assessment.inputs import MAX_AGE, MIN_AGE
from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.domain.planning.week import Budgets, Profile, Weekday
from limberup.domain.vocabulary import EVERYDAY_KIT, Context, Equipment
from limberup.entrypoints.cli.assess.asking import choice, number, several, yes_no
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, describe_validation_error, fail
from limberup.entrypoints.cli.prompting import (
    WEEKDAY_NAMES,
    Prompter,
    Stopped,
    clock_time,
    optional,
    weekday_aliases,
    whole_in,
)
from limberup.entrypoints.cli.store import open_store, reported
from limberup.exceptions import InputError
from limberup.services.profile import get_profile, save_profile

STARTING_PROFILE = Profile(
    run_days=(Weekday.TUE, Weekday.THU, Weekday.SAT),
    minutes=Budgets(pre_run=5, rest_day=10, daily=5, micro_break=0),
)
"""Ours: three runs a week and a few minutes a day, a start most runners can keep."""
BUDGET_QUESTIONS = {
    Context.PRE_RUN: "Minutes for drills before a run",
    Context.POST_RUN: "Minutes for a session straight after a run",
    Context.REST_DAY: "Minutes for a session on days without a run",
    Context.DAILY: "Minutes for a short session every day",
    Context.MICRO_BREAK: "Minutes for a work-break session on work days",
}


def init(
    profile: Annotated[
        Path | None,
        typer.Option("--profile", help="Store this profile (JSON) instead of asking."),
    ] = None,
    defaults: Annotated[
        bool, typer.Option("--defaults", help="Store the defaults without asking.")
    ] = False,
) -> None:
    """Set up your profile: run days and times, minutes per session, kit, pool days, age, units."""
    console = Console(highlight=False)
    store = open_store()
    stored = get_profile(store.uow(), store.user_id)
    start = stored.profile if stored else STARTING_PROFILE
    if profile is not None:
        chosen = _from_file(profile)
    elif defaults:
        chosen = start
    else:
        try:
            chosen = _interview(Prompter(console), start)
            console.print(profile_table(chosen))
            keep = Prompter(console).ask("Save this profile? (y/n)", yes_no, default="y")
        except Stopped:
            console.print()
            fail("stopped before the end; nothing was saved", code=RUNTIME_ERROR)
        if not keep:
            console.print("Nothing was saved.")
            raise typer.Exit
    with reported():
        save_profile(store.uow(), store.runtime, store.user_id, chosen)
    if profile is not None or defaults:
        console.print(profile_table(chosen))
    console.print(
        "Profile saved. Next: `limberup assess` to test yourself, then `limberup plan` "
        "for your week."
    )


def _from_file(path: Path) -> Profile:
    try:
        return Profile.model_validate(read_json(path, what="--profile"))
    except InputError as error:
        fail(str(error))
    except ValidationError as error:
        fail(describe_validation_error(error, source="profile."))


def _interview(ask: Prompter, start: Profile) -> Profile:
    days = [day.value for day in Weekday]
    run_days = ask.ask(
        "Which days do you run? (such as tue, thu, sat; or none)",
        several(days, aliases=weekday_aliases(days)),
        default=", ".join(day.value for day in start.run_days) or "none",
    )
    times: dict[str, Any] = {}
    for day in run_days:
        usual = start.run_times.get(Weekday(day))
        answer = ask.ask(
            f"Usual run time on {WEEKDAY_NAMES[days.index(day)].title()} "
            "(such as 7:30, or - for none)",
            optional(clock_time),
            default=usual.strftime("%H:%M") if usual else "-",
        )
        if answer is not None:
            times[day] = answer
    minutes = {
        context.value: ask.ask(
            f"{question} (0-240)",
            number(Budgets, context.value),
            default=f"{start.minutes.of(context):g}",
        )
        for context, question in BUDGET_QUESTIONS.items()
    }
    kit = [item.value for item in Equipment]
    equipment = ask.ask(
        f"Equipment you have (any of {', '.join(_spoken(k) for k in kit)}; or none)",
        several(kit),
        default=", ".join(_spoken(item.value) for item in start.equipment) or "none",
    )
    everyday = sorted(item.value for item in EVERYDAY_KIT)
    lacks = ask.ask(
        "Everyday things you do not have to hand (any of "
        f"{', '.join(_spoken(item) for item in everyday)}; or none)",
        several(everyday),
        default=", ".join(_spoken(item.value) for item in start.lacks) or "none",
    )
    pool_days = ask.ask(
        "Days you are at a pool, the only days for water drills (such as wed; or none)",
        several(days, aliases=weekday_aliases(days)),
        default=", ".join(day.value for day in start.pool_days) or "none",
    )
    age = ask.ask(
        f"Your age ({MIN_AGE}-{MAX_AGE}, or - to skip)",
        optional(whole_in(MIN_AGE, MAX_AGE)),
        default=str(start.age) if start.age else "-",
    )
    units = ask.ask("Units (metric/imperial)", choice("metric", "imperial"), default=start.units)
    # Validated again as a whole: each answer was checked alone, the profile's rules span them.
    return Profile.model_validate(
        start.model_dump()
        | {
            "run_days": run_days,
            "runs": (),
            "run_times": times,
            "minutes": minutes,
            "equipment": equipment,
            "lacks": lacks,
            "pool_days": pool_days,
            "age": age,
            "units": units,
        }
    )


def _spoken(name: str) -> str:
    return name.replace("_", " ")


def profile_table(profile: Profile) -> Table:
    """The profile as a two-column table, the way the runner gave it."""
    table = Table(title="Your profile", show_header=False)
    table.add_column("What", style="bold")
    table.add_column("Yours")
    names = {day: name.title() for day, name in zip(Weekday, WEEKDAY_NAMES, strict=True)}
    runs = [
        f"{names[day]} {profile.run_times[day]:%H:%M}" if day in profile.run_times else names[day]
        for day in profile.run_days
    ]
    table.add_row("Run days", ", ".join(runs) or "none")
    for context in BUDGET_QUESTIONS:
        table.add_row(f"Minutes, {CONTEXT_LABELS[context]}", f"{profile.minutes.of(context):g}")
    kit = ", ".join(_spoken(item.value) for item in profile.equipment)
    table.add_row("Equipment", kit or "none")
    table.add_row("Not to hand", ", ".join(_spoken(i.value) for i in profile.lacks) or "none")
    table.add_row("Pool days", ", ".join(names[day] for day in profile.pool_days) or "none")
    table.add_row("Age", str(profile.age) if profile.age else "not given")
    table.add_row("Units", profile.units)
    return table
