"""JSON API routes, mounted under /api/v1."""
