"""A Uvicorn server that says it is running only once it accepts connections."""

from __future__ import annotations

import socket

import uvicorn
from rich.console import Console


class ReadyServer(uvicorn.Server):
    """Prints the address after start-up: a message earlier would send people to a dead port."""

    def __init__(self, config: uvicorn.Config, *, console: Console) -> None:
        super().__init__(config)
        self.console = console

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:  # False when the port is taken: Uvicorn has said why and stops
            host, port = self.config.host, self.config.port
            self.console.print(f"LimberUp is running at [bold]http://{host}:{port}/[/]")
            self.console.print("Press Ctrl+C to stop.")
