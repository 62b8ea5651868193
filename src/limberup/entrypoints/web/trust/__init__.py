"""Who may talk to the app, and from where: hosts, clients, origins, form tokens, headers.

Single-user mode has no password, so everything the runner stored is one request away from
any program that can reach the port or make the runner's browser send something. These
layers answer before any route runs (see ``app.py`` for their order).
"""
