"""Run an ingest with the fake pipeline in a subprocess (the SIGKILL test drives this file)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from hadath.ingest import runner  # noqa: E402
from store_fakes import fake_pipeline  # noqa: E402

if __name__ == "__main__":
    runner.set_pipeline(fake_pipeline)
    db, batch, *paths = sys.argv[1:]
    stats = runner.ingest(paths, db=db, batch_size=int(batch))
    print(stats.summary())
