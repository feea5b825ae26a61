"""`python -m zfxxgk`: the command line."""

from .cli import main

main()
