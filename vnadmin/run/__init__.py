"""Batch runners: the local process pool (and, later, the Dask distributed runner)."""
