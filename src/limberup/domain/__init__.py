"""The pure core: plain typed Python with no I/O, no web, no database and no clock."""
