"""A Uvicorn server that says it is running only once it accepts connections."""

from __future__ import annotations

import socket

import uvicorn
from rich.console import Console
from uvicorn.supervisors import Multiprocess

WORKER_START_WAIT_S = 300
"""How long the message waits for each worker of several to start (a busy machine is slow)."""


def run_ready(config: uvicorn.Config, *, console: Console) -> None:
    """Serve ``config`` in one process or in ``config.workers`` of them until stopped."""
    if config.workers > 1:
        ReadyWorkers(config, [config.bind_socket()], console=console).run()
    else:
        ReadyServer(config, console=console).run()


def say_running(config: uvicorn.Config, console: Console) -> None:
    console.print(f"LimberUp is running at [bold]http://{config.host}:{config.port}/[/]")
    console.print("Press Ctrl+C to stop.")


class ReadyServer(uvicorn.Server):
    """Prints the address after start-up: a message earlier would send people to a dead port."""

    def __init__(self, config: uvicorn.Config, *, console: Console) -> None:
        super().__init__(config)
        self.console = console

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:  # False when the port is taken: Uvicorn has said why and stops
            say_running(self.config, self.console)


class ReadyWorkers(Multiprocess):
    """Several worker processes on one socket; the address is printed once all have started
    (a worker that fails to start stops them all, and Uvicorn says why)."""

    def __init__(
        self, config: uvicorn.Config, sockets: list[socket.socket], *, console: Console
    ) -> None:
        super().__init__(config, sockets)
        self.console = console

    def init_processes(self) -> None:
        super().init_processes()
        if all(
            process.wait_until_ready(WORKER_START_WAIT_S, self.should_exit)
            for process in self.processes
        ):
            say_running(self.config, self.console)
