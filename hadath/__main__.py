"""`python -m hadath` is the `hadath` command."""
from hadath.cli import main

main()
