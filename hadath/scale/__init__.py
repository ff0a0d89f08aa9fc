"""Run the per-document function over many documents: in-process, a local process pool, or Dask."""
